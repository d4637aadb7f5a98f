/**
 * Normalisation in one place, driven by {@link io.nexusgraph.ingest.normalize.NormalizationConfig}
 * (YAML): the same person must look the same in every source, and junk must be set aside with a
 * reason rather than silently linked.
 */
package io.nexusgraph.ingest.normalize;
