package io.nexusgraph.api.erasure;

import io.nexusgraph.api.runtime.Postgres;
import io.nexusgraph.graph.resolution.Suppression;
import io.nexusgraph.ingest.eventlog.EntityKind;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Set;

/**
 * The erased identifiers a run must keep out ({@code suppressed_identifiers}), as the resolver's
 * {@link Suppression}: read once per run, compared by hash.
 */
@Singleton
public final class SuppressedIdentifiers {

  private final Postgres postgres;

  SuppressedIdentifiers(Postgres postgres) {
    this.postgres = postgres;
  }

  /** What is suppressed now; {@link Suppression#NONE} when nothing is. */
  public Suppression current() {
    Set<String> persons = new HashSet<>();
    Set<String> groups = new HashSet<>();
    try (Connection c = postgres.connect();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT entity_kind, identifier_value_hash FROM suppressed_identifiers");
        ResultSet r = s.executeQuery()) {
      while (r.next()) {
        (r.getString(1).equals("person") ? persons : groups).add(r.getString(2));
      }
    } catch (SQLException e) {
      throw new ErasureException("cannot read suppressed_identifiers: " + e.getMessage(), e);
    }
    if (persons.isEmpty() && groups.isEmpty()) {
      return Suppression.NONE;
    }
    return (kind, id) ->
        (kind == EntityKind.PERSON ? persons : groups)
            .contains(IdentifierHash.of(id.type(), id.value()));
  }
}
