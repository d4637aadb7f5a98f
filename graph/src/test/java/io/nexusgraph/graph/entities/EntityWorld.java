package io.nexusgraph.graph.entities;

import io.nexusgraph.graph.load.GraphLoader;
import io.nexusgraph.graph.membership.MembershipRules;
import io.nexusgraph.graph.resolution.Guardrails;
import io.nexusgraph.graph.resolution.Resolver;
import io.nexusgraph.graph.traits.TraitRules;
import io.nexusgraph.ingest.eventlog.EntityKind;
import io.nexusgraph.ingest.eventlog.EventLogBatch;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.neo4j.driver.Driver;

/**
 * A tiny world for entity-build tests: records are loaded with the real loader, resolved with the
 * real GDS (persons and groups) and built with the real {@link EntityBuilder}. Every value carries
 * a token unique to the world, so tests sharing the server never see each other's data; exports are
 * filtered to the world's entities.
 */
final class EntityWorld {

  static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

  private final Driver driver;
  final String token = UUID.randomUUID().toString().substring(0, 8);
  private final Resolver resolver;
  private final EntityBuilder builder;
  private int runs;

  EntityWorld(Driver driver, TraitRules traits, MembershipRules memberships) {
    this.driver = driver;
    this.resolver = new Resolver(driver, Clock.fixed(T0, ZoneOffset.UTC), Guardrails.defaults());
    this.builder = new EntityBuilder(driver, traits, memberships, 2);
  }

  /** {@code local@<token>.test}: a personal-looking address, at no group's domain. */
  String email(String local) {
    return local + "@" + token + ".test";
  }

  /** {@code name-<token>.test}: a company domain. */
  String domain(String name) {
    return name + "-" + token + ".test";
  }

  static Instant day(int day) {
    return T0.plusSeconds(86_400L * day);
  }

  SourceRecord record(String name, int day, String source) {
    return new SourceRecord(eventId(name), day(day), source);
  }

  String eventId(String name) {
    return "evt_" + token + "_" + name;
  }

  void load(SourceRecord... records) {
    List<EventLogBatch> batches = new ArrayList<>();
    for (SourceRecord r : records) {
      batches.add(r.batch());
    }
    new GraphLoader(driver).load(batches);
  }

  /**
   * Resolves persons and groups, then builds the entities this run touched. A kind without any
   * identifier in the (shared) database is not resolved: the resolver on main fails when GDS has
   * nothing to project (a fix is under way on the guardrails branch).
   */
  EntityBuildResult run() {
    String runId = "run_" + token + "_" + (++runs);
    for (EntityKind kind : EntityKind.values()) {
      if (hasIdentifiers(kind)) {
        resolver.resolve(kind, runId);
      }
    }
    return builder.build(runId);
  }

  private boolean hasIdentifiers(EntityKind kind) {
    String label = kind == EntityKind.PERSON ? "PersonIdentifier" : "GroupIdentifier";
    return !driver
        .executableQuery("MATCH (i:" + label + ") RETURN i LIMIT 1")
        .execute()
        .records()
        .isEmpty();
  }

  EntityBuildResult buildAll() {
    return builder.buildAll();
  }

  String personOf(String email) {
    return entityOf("PersonIdentifier", "email", email);
  }

  String groupOf(String domain) {
    return entityOf("GroupIdentifier", "domain", domain);
  }

  private String entityOf(String label, String type, String value) {
    var records =
        driver
            .executableQuery(
                "MATCH (i:" + label + " {type: $t, value: $v})-[:IDENTIFIES]->(e) RETURN e")
            .withParameters(Map.of("t", type, "v", value))
            .execute()
            .records();
    if (records.size() != 1) {
      throw new AssertionError(type + " " + value + " belongs to " + records.size() + " entities");
    }
    var e = records.getFirst().get("e").asNode();
    return e.containsKey("person_id")
        ? e.get("person_id").asString()
        : e.get("group_id").asString();
  }

  boolean exists(String entityId) {
    return !driver
        .executableQuery("MATCH (e) WHERE e.person_id = $id OR e.group_id = $id RETURN e LIMIT 1")
        .withParameters(Map.of("id", entityId))
        .execute()
        .records()
        .isEmpty();
  }

  /** Every person and group id of this world (through its identifiers). */
  Set<String> entityIds() {
    return driver
        .executableQuery(
            "MATCH (i)-[:IDENTIFIES]->(e) WHERE (i:PersonIdentifier OR i:GroupIdentifier)"
                + " AND i.value CONTAINS $token RETURN DISTINCT coalesce(e.person_id, e.group_id) AS id")
        .withParameters(Map.of("token", token))
        .execute()
        .records()
        .stream()
        .map(r -> r.get("id").asString())
        .collect(Collectors.toSet());
  }

  List<ResolvedTrait> personTraits() {
    return mine(new EntityExport(driver)::personTraits, ResolvedTrait::entityId);
  }

  List<ResolvedTrait> groupTraits() {
    return mine(new EntityExport(driver)::groupTraits, ResolvedTrait::entityId);
  }

  List<ResolvedMembership> memberships() {
    return mine(new EntityExport(driver)::memberships, ResolvedMembership::personId);
  }

  List<Participation> personParticipants() {
    return mine(new EntityExport(driver)::personParticipants, Participation::entityId);
  }

  List<Participation> groupParticipants() {
    return mine(new EntityExport(driver)::groupParticipants, Participation::entityId);
  }

  private <T> List<T> mine(
      java.util.function.ToLongFunction<Consumer<T>> export,
      java.util.function.Function<T, String> entity) {
    Set<String> ids = entityIds();
    List<T> rows = new ArrayList<>();
    export.applyAsLong(
        row -> {
          if (ids.contains(entity.apply(row))) {
            rows.add(row);
          }
        });
    return rows;
  }

  /**
   * Every HAS_TRAIT, MEMBER_OF and PARTICIPATED_IN of this world's entities with all properties
   * and, when {@code withElementIds}, the relationship's element id (which changes if a build
   * deletes and re-creates it). Sorted.
   */
  List<String> derived(boolean withElementIds) {
    return driver
        .executableQuery(
            """
            MATCH (i)-[:IDENTIFIES]->(e)
            WHERE (i:PersonIdentifier OR i:GroupIdentifier) AND i.value CONTAINS $token
            WITH DISTINCT e
            MATCH (e)-[r:HAS_TRAIT|MEMBER_OF|PARTICIPATED_IN]->(x)
            RETURN coalesce(e.person_id, e.group_id) + ' ' + type(r) + ' '
                   + coalesce(x.id, x.event_id, x.group_id) AS line,
                   properties(r) AS props, elementId(r) AS element
            """)
        .withParameters(Map.of("token", token))
        .execute()
        .records()
        .stream()
        .map(
            r ->
                r.get("line").asString()
                    + " "
                    + new java.util.TreeMap<>(r.get("props").asMap())
                    + (withElementIds ? " " + r.get("element").asString() : ""))
        .sorted()
        .toList();
  }

  /** Removes everything this world created. */
  void cleanUp() {
    Map<String, Object> p = Map.of("token", token);
    driver
        .executableQuery(
            "MATCH (i) WHERE (i:PersonIdentifier OR i:GroupIdentifier) AND i.value CONTAINS $token"
                + " OPTIONAL MATCH (i)-[:IDENTIFIES]->(e) DETACH DELETE i, e")
        .withParameters(p)
        .execute();
    driver
        .executableQuery(
            "MATCH (n) WHERE (n:PersonTrait OR n:GroupTrait OR n:Event)"
                + " AND coalesce(n.id, n.event_id) CONTAINS $token DETACH DELETE n")
        .withParameters(p)
        .execute();
    driver
        .executableQuery("MATCH (c:IdChange) WHERE c.run_id CONTAINS $token DELETE c")
        .withParameters(p)
        .execute();
  }
}
