package io.nexusgraph.graph.resolution;

/**
 * An entity with more identifiers than {@link Guardrails#componentSizeAlert()}: usually an
 * over-merge a guardrail should have caught, worth a look in Neo4j Browser or with explain.
 */
public record OversizedEntity(String entityId, int identifiers) {}
