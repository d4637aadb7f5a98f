package io.nexusgraph.testkit;

/** How a test reaches the harness's Neo4j: a Bolt URI and a login. */
public record Neo4jConnection(String uri, String user, String password) {}
