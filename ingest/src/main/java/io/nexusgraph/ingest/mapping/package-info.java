/**
 * Declarative YAML mappings: turn any CSV file, JSONL file or JDBC query into events, identifiers,
 * traits and memberships without writing Java. Each {@code edges} entry names one entity of the
 * row; its identifiers share an edge id and so assert identity. See docs/ingest.md for the format.
 */
package io.nexusgraph.ingest.mapping;
