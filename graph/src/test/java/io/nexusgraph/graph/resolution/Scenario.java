package io.nexusgraph.graph.resolution;

import io.nexusgraph.graph.identity.IdentifierKey;
import io.nexusgraph.graph.load.GraphLoader;
import io.nexusgraph.graph.override.Overrides;
import io.nexusgraph.ingest.eventlog.Consent;
import io.nexusgraph.ingest.eventlog.EntityKind;
import io.nexusgraph.ingest.eventlog.Event;
import io.nexusgraph.ingest.eventlog.EventLogBatch;
import io.nexusgraph.ingest.eventlog.IdentifierObservation;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.neo4j.driver.Driver;

/**
 * Builds tiny event logs for resolution tests, loads them with the real loader and resolves with
 * the real GDS. Every value carries a token unique to the test, so tests sharing the server never
 * see each other's data.
 */
final class Scenario {

  static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

  private final Driver driver;
  private final String token = UUID.randomUUID().toString().substring(0, 8);
  private final Guardrails guardrails;
  private int runs;

  Scenario(Driver driver) {
    this(driver, Guardrails.defaults());
  }

  /** A scenario whose runs use these guardrails (unless a run says otherwise). */
  Scenario(Driver driver, Guardrails guardrails) {
    this.driver = driver;
    this.guardrails = guardrails;
  }

  /** An identifier value unique to this scenario, e.g. {@code alice@<token>.test}. */
  String email(String local) {
    return local + "@" + token + ".test";
  }

  /** One source record whose identifiers all sit on one edge (the source says: one person). */
  EventLogBatch record(String name, int day, String... emails) {
    return record(name, day, true, List.of(emails));
  }

  EventLogBatch record(String name, int day, boolean linkable, List<String> emails) {
    return recordOf(
        name, day, linkable, emails.stream().map(e -> new IdentifierKey("email", e)).toList());
  }

  /** An identifier of any type whose value is unique to this scenario. */
  IdentifierKey id(String type, String local) {
    return new IdentifierKey(type, email(local));
  }

  EventLogBatch recordOf(String name, int day, IdentifierKey... keys) {
    return recordOf(name, day, true, List.of(keys));
  }

  private EventLogBatch recordOf(String name, int day, boolean linkable, List<IdentifierKey> keys) {
    String eventId = eventId(name);
    Instant at = T0.plusSeconds(86_400L * day);
    List<IdentifierObservation> identifiers = new ArrayList<>();
    for (IdentifierKey key : keys) {
      identifiers.add(observation(eventId, "edg_" + eventId, key, "customer", at, linkable));
    }
    return new EventLogBatch(
        event(eventId, at, linkable ? Consent.UNKNOWN : Consent.DENIED),
        identifiers,
        List.of(),
        List.of(),
        List.of());
  }

  /** A record whose consent was denied: its identifiers are seen but never link. */
  EventLogBatch deniedRecordOf(String name, int day, IdentifierKey... keys) {
    return recordOf(name, day, false, List.of(keys));
  }

  /** An email from one person to another: two edges, so NOT one person. */
  EventLogBatch email(String name, int day, String from, String to) {
    String eventId = eventId(name);
    Instant at = T0.plusSeconds(86_400L * day);
    return new EventLogBatch(
        event(eventId, at, Consent.UNKNOWN),
        List.of(
            observation(
                eventId,
                "edg_" + eventId + "_from",
                new IdentifierKey("email", from),
                "sender",
                at,
                true),
            observation(
                eventId,
                "edg_" + eventId + "_to",
                new IdentifierKey("email", to),
                "recipient",
                at,
                true)),
        List.of(),
        List.of(),
        List.of());
  }

  String eventId(String name) {
    return "evt_" + token + "_" + name;
  }

  void load(EventLogBatch... batches) {
    new GraphLoader(driver).load(List.of(batches));
  }

  ResolutionResult resolve() {
    return resolve(guardrails, Overrides.none(), Suppression.NONE);
  }

  ResolutionResult resolve(Guardrails guardrails) {
    return resolve(guardrails, Overrides.none(), Suppression.NONE);
  }

  ResolutionResult resolve(Overrides overrides) {
    return resolve(guardrails, overrides, Suppression.NONE);
  }

  ResolutionResult resolve(Suppression suppression) {
    return resolve(guardrails, Overrides.none(), suppression);
  }

  /** Re-resolves every person identifier, as a full run does. */
  ResolutionResult resolveAll() {
    return resolver(guardrails, Overrides.none(), Suppression.NONE)
        .resolveAll(EntityKind.PERSON, "run_" + token + "_" + (++runs));
  }

  private ResolutionResult resolve(
      Guardrails guardrails, Overrides overrides, Suppression suppression) {
    return resolver(guardrails, overrides, suppression)
        .resolve(EntityKind.PERSON, "run_" + token + "_" + (++runs));
  }

  /**
   * Scenario runs re-resolve only what changed whenever the rules allow it, however much that is,
   * so that every scenario also checks incremental resolution against its expected partition.
   */
  private Resolver resolver(Guardrails guardrails, Overrides overrides, Suppression suppression) {
    return new Resolver(driver, Clock.fixed(T0, ZoneOffset.UTC), guardrails, overrides, suppression)
        .withMaxPendingFraction(1.0);
  }

  /** This scenario's exclusions among {@code all} (the server is shared with other tests). */
  List<Exclusion> own(List<Exclusion> all) {
    return all.stream().filter(e -> e.identifierValue().endsWith("@" + token + ".test")).toList();
  }

  /** The person an email resolved to, read from IDENTIFIES (and checked against entity_id). */
  String personOf(String email) {
    return personOf(new IdentifierKey("email", email));
  }

  String personOf(IdentifierKey key) {
    var records = persons(key);
    if (records.size() != 1) {
      throw new AssertionError(key + " has " + records.size() + " persons");
    }
    String id = records.getFirst().get("id").asString();
    if (!id.equals(records.getFirst().get("entity_id").asString())) {
      throw new AssertionError(key + ": entity_id and IDENTIFIES disagree");
    }
    return id;
  }

  boolean hasPerson(IdentifierKey key) {
    return !persons(key).isEmpty();
  }

  /** The exclusion marks of an identifier: excluded, excluded_reason, excluded_detail. */
  Map<String, Object> exclusionOf(IdentifierKey key) {
    return driver
        .executableQuery(
            "MATCH (i:PersonIdentifier {type: $t, value: $v}) RETURN i.excluded AS excluded,"
                + " i.excluded_reason AS reason, i.excluded_detail AS detail, i.entity_id AS entity_id")
        .withParameters(Map.of("t", key.type(), "v", key.value()))
        .execute()
        .records()
        .getFirst()
        .asMap();
  }

  /** The node id of a person identifier, as the resolver reads it. */
  long nodeId(IdentifierKey key) {
    return driver
        .executableQuery(
            "MATCH (i:PersonIdentifier {type: $type, value: $value}) RETURN id(i) AS id")
        .withParameters(Map.of("type", key.type(), "value", key.value()))
        .execute()
        .records()
        .getFirst()
        .get("id")
        .asLong();
  }

  private List<org.neo4j.driver.Record> persons(IdentifierKey key) {
    return driver
        .executableQuery(
            "MATCH (i:PersonIdentifier {type: $t, value: $v})-[:IDENTIFIES]->(p:Person)"
                + " RETURN p.person_id AS id, i.entity_id AS entity_id")
        .withParameters(Map.of("t", key.type(), "v", key.value()))
        .execute()
        .records();
  }

  List<Map<String, Object>> idChanges() {
    return driver
        .executableQuery(
            "MATCH (c:IdChange) WHERE c.run_id STARTS WITH $prefix"
                + " RETURN c.old_id AS old_id, c.new_id AS new_id, c.change AS change,"
                + " c.cause_event_id AS cause ORDER BY c.run_id, c.old_id")
        .withParameters(Map.of("prefix", "run_" + token + "_"))
        .execute()
        .records()
        .stream()
        .map(r -> r.asMap())
        .toList();
  }

  boolean personExists(String id) {
    return !driver
        .executableQuery("MATCH (p:Person {person_id: $id}) RETURN p")
        .withParameters(Map.of("id", id))
        .execute()
        .records()
        .isEmpty();
  }

  /** Removes everything this scenario created. */
  void cleanUp() {
    Map<String, Object> p = Map.of("suffix", "@" + token + ".test", "prefix", "evt_" + token);
    driver
        .executableQuery(
            "MATCH (i:PersonIdentifier) WHERE i.value ENDS WITH $suffix"
                + " OPTIONAL MATCH (i)-[:IDENTIFIES]->(p:Person) DETACH DELETE i, p")
        .withParameters(p)
        .execute();
    driver
        .executableQuery("MATCH (e:Event) WHERE e.event_id STARTS WITH $prefix DETACH DELETE e")
        .withParameters(p)
        .execute();
    driver
        .executableQuery("MATCH (c:IdChange) WHERE c.run_id STARTS WITH $run DELETE c")
        .withParameters(Map.of("run", "run_" + token + "_"))
        .execute();
  }

  private static Event event(String eventId, Instant at, Consent consent) {
    return new Event(
        eventId, at, "test.record", "test", null, "test", eventId, null, null, null, consent);
  }

  private static IdentifierObservation observation(
      String eventId, String edgeId, IdentifierKey key, String role, Instant at, boolean linkable) {
    return new IdentifierObservation(
        "pio_" + eventId + "_" + key.type() + "_" + key.value(),
        EntityKind.PERSON,
        key.type(),
        key.value(),
        key.value(),
        edgeId,
        role,
        "test",
        at,
        eventId,
        linkable);
  }
}
