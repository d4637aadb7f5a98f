package io.nexusgraph.graph.load.bulk;

import io.nexusgraph.graph.load.LoadResult;

/**
 * What one bulk import wrote and where its time went.
 *
 * @param load the rows written per kind, as the Bolt loader reports them for the same batches
 * @param nodes nodes imported (events, identifiers, traits)
 * @param relationships relationships imported (INVOLVES, SAME_AS, TRAIT_OBSERVED,
 *     MEMBER_OF_OBSERVED)
 * @param csvMillis computing the rows and writing the importer's files
 * @param importMillis Neo4j's importer
 * @param restartMillis stopping and starting the server
 * @param schemaMillis creating the constraints and indexes and waiting until they are online
 */
public record BulkLoadResult(
    LoadResult load,
    long nodes,
    long relationships,
    long csvMillis,
    long importMillis,
    long restartMillis,
    long schemaMillis) {}
