package io.nexusgraph.bench.report;

/**
 * A target of the benchmark issue and what this run measured against it.
 *
 * @param met true / false, or null when this run cannot tell (not measured, or the target is for
 *     another scale)
 */
public record Target(String target, String measured, Boolean met, String note) {}
