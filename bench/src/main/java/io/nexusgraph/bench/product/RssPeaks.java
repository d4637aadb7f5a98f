package io.nexusgraph.bench.product;

/**
 * Peak resident memory (VmHWM) in MB of a service JVM and of the embedded Neo4j JVM it started; -1
 * where unknown (e.g. the service used an external Neo4j).
 */
public record RssPeaks(long serviceMb, long neo4jMb) {}
