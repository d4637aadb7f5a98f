/**
 * The step after resolution: {@link io.nexusgraph.graph.entities.EntityBuilder} derives resolved
 * traits, memberships and participation for the persons and groups a run touched (or all of them),
 * and {@link io.nexusgraph.graph.entities.EntityExport} streams the result for the projection into
 * the final tables. Statements live in {@code cypher/entities/}.
 */
package io.nexusgraph.graph.entities;
