/**
 * Graph: loads the event log into Neo4j and resolves identities with GDS weakly connected
 * components. Talks to Neo4j only through the Java driver; every statement is a file under {@code
 * cypher/}. Depends on ingest, never on api.
 */
package io.nexusgraph.graph;
