package io.nexusgraph.testkit;

/** How a test reaches the harness's PostgreSQL: a JDBC URL and a login. */
public record PostgresConnection(String jdbcUrl, String user, String password) {}
