/**
 * Resolved traits: per entity and trait name, one winning observation among all the observations of
 * the entity's identifiers, by recency and per-trait source priority ({@link
 * io.nexusgraph.graph.traits.TraitRules}). Statements live in {@code cypher/entities/}.
 */
package io.nexusgraph.graph.traits;
