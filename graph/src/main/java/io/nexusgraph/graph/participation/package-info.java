/**
 * Participation of resolved persons and groups in events, with their roles, derived from the
 * INVOLVES of their identifiers. Statements live in {@code cypher/entities/}.
 */
package io.nexusgraph.graph.participation;
