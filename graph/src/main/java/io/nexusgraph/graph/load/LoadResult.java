package io.nexusgraph.graph.load;

/**
 * What one {@link GraphLoader#load} call wrote, as rows sent per statement type: distinct keys of
 * the input, whether or not the node or relationship already existed. Loading the same batches
 * twice reports the same counts while the graph does not change, so these are throughput figures,
 * not a diff of the graph.
 *
 * @param events distinct event ids
 * @param personIdentifiers distinct person (type, value), including those named by memberships
 * @param groupIdentifiers distinct group (type, value), including those named by memberships
 * @param traits distinct trait observations, person and group
 * @param traitsWithoutIdentifier traits whose record kept no identifier of their entity: stored,
 *     but they describe no entity (a data-quality figure for the run's stats)
 * @param sameAsEdges SAME_AS star edges, person and group (n−1 per edge with n identifiers)
 * @param involves distinct (event, identifier, edge_id, role)
 * @param memberships distinct (person identifier, group identifier, event)
 * @param elapsedMillis wall time of the whole load
 */
public record LoadResult(
    long events,
    long personIdentifiers,
    long groupIdentifiers,
    long traits,
    long traitsWithoutIdentifier,
    long sameAsEdges,
    long involves,
    long memberships,
    long elapsedMillis) {}
