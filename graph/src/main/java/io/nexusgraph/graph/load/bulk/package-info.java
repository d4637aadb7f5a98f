/**
 * Bulk import of a first load or full rebuild into an empty graph with Neo4j's offline importer
 * ({@code neo4j-admin database import full}), from the same rows as the Bolt loader. Entry point:
 * {@link io.nexusgraph.graph.load.bulk.BulkGraphImport}.
 */
package io.nexusgraph.graph.load.bulk;
