package io.nexusgraph.bench.product;

/**
 * One stage of the product's own run as it reports it ({@code runs.stats}).
 *
 * @param unit what a row is, e.g. {@code final-table rows changed}
 * @param rowsPerSecond as the product computed it
 */
public record ProductStageTiming(
    String name, long millis, long rows, String unit, long rowsPerSecond) {}
