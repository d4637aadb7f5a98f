package io.nexusgraph.graph.entities;

import io.nexusgraph.graph.cypher.Cypher;
import io.nexusgraph.graph.cypher.CypherFile;
import io.nexusgraph.graph.cypher.Pages;
import io.nexusgraph.ingest.eventlog.EntityKind;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.Value;
import org.neo4j.driver.exceptions.Neo4jException;

/**
 * Streams what the entity build derived, for the projection into the PostgreSQL final tables
 * (resolved_person_traits, resolved_group_traits, memberships, person_participants,
 * group_participants). Each method hands rows to the consumer as the driver fetches them (in
 * batches of the driver's fetch size), so an export of millions of rows never sits in memory.
 *
 * <p>Each export (each page of {@link Pages#SIZE} ids, for the variants that take entity ids) runs
 * in one read transaction that is deliberately not retried: a retry would hand the consumer rows it
 * already received. A failure part-way throws {@link EntityExportException}; an exception thrown by
 * the consumer ends the export and propagates unchanged. Rows come in no particular order. Run the
 * exports after the entity build, not during one.
 */
public final class EntityExport {

  private final Driver driver;

  public EntityExport(Driver driver) {
    this.driver = driver;
  }

  /** Every resolved person trait; returns how many. */
  public long personTraits(Consumer<ResolvedTrait> sink) {
    return stream("export-person-traits", EntityExport::trait, sink);
  }

  /** The resolved traits of the persons named by {@code ids}; returns how many. */
  public long personTraits(List<String> ids, Consumer<ResolvedTrait> sink) {
    return streamOf("export-person-traits-of", ids, EntityExport::trait, sink);
  }

  /** Every resolved group trait; returns how many. */
  public long groupTraits(Consumer<ResolvedTrait> sink) {
    return stream("export-group-traits", EntityExport::trait, sink);
  }

  /** The resolved traits of the groups named by {@code ids}; returns how many. */
  public long groupTraits(List<String> ids, Consumer<ResolvedTrait> sink) {
    return streamOf("export-group-traits-of", ids, EntityExport::trait, sink);
  }

  /** Every membership; returns how many. */
  public long memberships(Consumer<ResolvedMembership> sink) {
    return stream("export-memberships", EntityExport::membership, sink);
  }

  /** The memberships of the persons named by {@code ids}; returns how many. */
  public long memberships(List<String> ids, Consumer<ResolvedMembership> sink) {
    return streamOf("export-memberships-of", ids, EntityExport::membership, sink);
  }

  /** Every participation of a person in an event; returns how many. */
  public long personParticipants(Consumer<Participation> sink) {
    return stream("export-person-participants", r -> participation(EntityKind.PERSON, r), sink);
  }

  /** The participations of the persons named by {@code ids}; returns how many. */
  public long personParticipants(List<String> ids, Consumer<Participation> sink) {
    return streamOf(
        "export-person-participants-of", ids, r -> participation(EntityKind.PERSON, r), sink);
  }

  /** Every participation of a group in an event; returns how many. */
  public long groupParticipants(Consumer<Participation> sink) {
    return stream("export-group-participants", r -> participation(EntityKind.GROUP, r), sink);
  }

  /** The participations of the groups named by {@code ids}; returns how many. */
  public long groupParticipants(List<String> ids, Consumer<Participation> sink) {
    return streamOf(
        "export-group-participants-of", ids, r -> participation(EntityKind.GROUP, r), sink);
  }

  private <T> long stream(String file, Function<Record, T> row, Consumer<T> sink) {
    return stream(file, Map.of(), row, sink);
  }

  /** One statement per page of ids, each in its own read transaction. */
  private <T> long streamOf(
      String file, List<String> ids, Function<Record, T> row, Consumer<T> sink) {
    long rows = 0;
    for (List<String> page : Pages.of(ids)) {
      rows += stream(file, Map.of("ids", page), row, sink);
    }
    return rows;
  }

  private <T> long stream(
      String file, Map<String, Object> parameters, Function<Record, T> row, Consumer<T> sink) {
    String query = CypherFile.load("entities/" + file).single();
    SessionConfig read = SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build();
    long rows = 0;
    try (Session session = driver.session(read);
        Transaction tx = session.beginTransaction()) {
      Result result = tx.run(query, parameters);
      while (result.hasNext()) {
        sink.accept(row.apply(result.next()));
        rows++;
      }
      tx.commit();
      return rows;
    } catch (Neo4jException e) {
      throw new EntityExportException(
          "Export cypher/entities/%s.cypher failed after %d rows (%s): discard the rows received and export again."
              .formatted(file, rows, e.code()),
          e);
    }
  }

  private static ResolvedMembership membership(Record r) {
    return new ResolvedMembership(
        r.get("person_id").asString(),
        r.get("group_id").asString(),
        text(r.get("role")),
        text(r.get("source")),
        Cypher.instant(r.get("established_at")),
        Cypher.instant(r.get("last_seen_at")));
  }

  private static ResolvedTrait trait(Record r) {
    return new ResolvedTrait(
        r.get("entity_id").asString(),
        r.get("name").asString(),
        r.get("value").asString(),
        text(r.get("source")),
        Cypher.instant(r.get("occurred_at")));
  }

  private static Participation participation(EntityKind kind, Record r) {
    String role = text(r.get("role"));
    return new Participation(
        kind,
        r.get("entity_id").asString(),
        r.get("event_id").asString(),
        role == null || role.isEmpty() ? null : role);
  }

  private static String text(Value value) {
    return value.isNull() ? null : value.asString();
  }
}
