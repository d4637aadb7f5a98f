/**
 * Ingest: turns raw exports and tables into the source-agnostic event log (events, identifiers,
 * traits, memberships, states). Depends on neither Neo4j nor Micronaut.
 */
package io.nexusgraph.ingest;
