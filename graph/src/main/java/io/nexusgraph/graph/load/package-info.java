/**
 * Loads the event log into the Neo4j identity graph: Event nodes, PersonIdentifier and
 * GroupIdentifier nodes, INVOLVES, SAME_AS evidence stars and MEMBER_OF_OBSERVED edges. Entry
 * point: {@link io.nexusgraph.graph.load.GraphLoader}. Statements live in {@code cypher/load/}.
 */
package io.nexusgraph.graph.load;
