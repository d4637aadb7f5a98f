package io.nexusgraph.graph.server;

/** The Neo4j server answers, but has no Graph Data Science library installed. */
public final class GdsMissingException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  GdsMissingException(Throwable cause) {
    super(
        "Neo4j has no Graph Data Science library: install the GDS 2.26 plugin and allow gds.*"
            + " procedures (dbms.security.procedures.unrestricted=gds.*)",
        cause);
  }
}
