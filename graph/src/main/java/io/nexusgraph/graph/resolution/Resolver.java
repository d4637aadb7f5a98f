package io.nexusgraph.graph.resolution;

import io.nexusgraph.graph.cypher.Cypher;
import io.nexusgraph.graph.cypher.CypherFile;
import io.nexusgraph.graph.identity.IdentifierKey;
import io.nexusgraph.ingest.eventlog.EntityKind;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Resolves one entity kind: projects the evidence graph, runs GDS weakly connected components
 * (exact, no hop limit), gives every component a stable id ({@link StableIds}) and writes back only
 * what changed: identifiers' entity, the entity nodes, and the merges and splits.
 *
 * <p>Components are recomputed over the whole evidence graph each run (WCC is the cheap step);
 * writes are proportional to what changed, so an incremental run costs little and always equals a
 * rebuild from scratch.
 */
public final class Resolver {

  private static final Logger LOG = LoggerFactory.getLogger(Resolver.class);
  private static final int WRITE_BATCH = 10_000;

  private final Driver driver;
  private final Clock clock;
  private final Guardrails guardrails;

  public Resolver(Driver driver, Clock clock, Guardrails guardrails) {
    this.driver = driver;
    this.clock = clock;
    this.guardrails = guardrails;
  }

  public ResolutionResult resolve(EntityKind kind, String runId) {
    long started = System.nanoTime();
    String name = kind.name().toLowerCase(Locale.ROOT);
    String graph = "nexus-" + name + "-" + runId;
    List<Exclusion> exclusions = new SharedIdentifiers(driver, guardrails).apply(name);
    List<List<Member>> components;
    try {
      query("resolve/" + name + "-project", Map.of("graph", graph));
      components = components(graph);
    } finally {
      query("resolve/drop-graph", Map.of("graph", graph));
    }
    Map<String, Instant> previous = previousEntities(name);
    Assignment assignment =
        new StableIds(kind == EntityKind.PERSON ? "per_" : "grp_").assign(components, previous);
    List<IdChange> changes = withCauses(name, assignment.changes());

    List<Map<String, Object>> rows = new ArrayList<>();
    List<String> touched = new ArrayList<>();
    for (List<Member> component : components) {
      for (Member member : component) {
        String entity = assignment.entityOf().get(member.key());
        if (!entity.equals(member.previousId())) {
          rows.add(
              Map.of(
                  "type", member.key().type(), "value", member.key().value(), "entity_id", entity));
          touched.add(entity);
        }
      }
    }
    writeInBatches("resolve/" + name + "-assign", rows, runId);
    writeInBatches("resolve/" + name + "-entities", entityRows(assignment, touched), runId);
    query("resolve/" + name + "-orphans", Map.of());
    query(
        "resolve/" + name + "-retire",
        Map.of(
            "changes", changes.stream().map(Resolver::changeRow).toList(),
            "run_id", runId,
            "changed_at", ZonedDateTime.ofInstant(clock.instant(), ZoneOffset.UTC)));

    long millis = (System.nanoTime() - started) / 1_000_000;
    int identifiers = components.stream().mapToInt(List::size).sum();
    List<String> oversized = oversized(components, assignment);
    LOG.info(
        "Resolved {} {} identifiers into {} entities in {} ms: {} new ids, {} identifiers moved,"
            + " {} merges/splits, {} excluded",
        identifiers,
        name,
        assignment.entities().size(),
        millis,
        assignment.born().size(),
        rows.size(),
        changes.size(),
        exclusions.size());
    return new ResolutionResult(
        kind,
        identifiers,
        assignment.entities().size(),
        assignment.born().size(),
        rows.size(),
        changes,
        exclusions,
        oversized,
        millis);
  }

  private List<List<Member>> components(String graph) {
    Map<Long, List<Member>> byComponent = new HashMap<>();
    for (Record r : query("resolve/wcc-stream", Map.of("graph", graph))) {
      byComponent
          .computeIfAbsent(r.get("componentId").asLong(), c -> new ArrayList<>())
          .add(
              new Member(
                  new IdentifierKey(r.get("type").asString(), r.get("value").asString()),
                  r.get("entity_id").isNull() ? null : r.get("entity_id").asString(),
                  instant(r.get("first_seen_at"))));
    }
    return new ArrayList<>(byComponent.values());
  }

  /** Entities over the size alert: logged with their id and size, never their identifiers. */
  private List<String> oversized(List<List<Member>> components, Assignment assignment) {
    List<String> ids = new ArrayList<>();
    for (List<Member> component : components) {
      if (component.size() > guardrails.componentSizeAlert()) {
        String id = assignment.entityOf().get(component.getFirst().key());
        LOG.warn(
            "Entity {} has {} identifiers, over the alert limit of {}: check for over-merging"
                + " (nexus explain, or Neo4j Browser)",
            id,
            component.size(),
            guardrails.componentSizeAlert());
        ids.add(id);
      }
    }
    return ids.stream().sorted().toList();
  }

  private Map<String, Instant> previousEntities(String name) {
    Map<String, Instant> previous = new HashMap<>();
    for (Record r : query("resolve/" + name + "-previous-entities", Map.of())) {
      Instant firstSeen = instant(r.get("first_seen_at"));
      previous.put(r.get("id").asString(), firstSeen == null ? Instant.MAX : firstSeen);
    }
    return previous;
  }

  private List<IdChange> withCauses(String name, List<IdChange> changes) {
    List<String> merged =
        changes.stream()
            .filter(c -> c.change() == IdChange.Change.MERGE)
            .map(IdChange::oldId)
            .toList();
    if (merged.isEmpty()) {
      return changes;
    }
    Map<String, String> causes = new HashMap<>();
    for (Record r : query("resolve/" + name + "-merge-causes", Map.of("old_ids", merged))) {
      causes.put(
          r.get("old_id").asString(),
          r.get("event_id").isNull() ? null : r.get("event_id").asString());
    }
    return changes.stream()
        .map(c -> c.change() == IdChange.Change.MERGE ? c.withCause(causes.get(c.oldId())) : c)
        .toList();
  }

  private static List<Map<String, Object>> entityRows(Assignment assignment, List<String> touched) {
    return touched.stream()
        .distinct()
        .sorted()
        .map(
            id -> {
              Assignment.EntityFacts facts = assignment.entities().get(id);
              Map<String, Object> row = new HashMap<>();
              row.put("id", id);
              row.put("identifier_count", facts.identifierCount());
              row.put(
                  "first_seen_at",
                  facts.firstSeenAt() == null
                      ? null
                      : ZonedDateTime.ofInstant(facts.firstSeenAt(), ZoneOffset.UTC));
              return row;
            })
        .toList();
  }

  private static Map<String, Object> changeRow(IdChange change) {
    Map<String, Object> row = new HashMap<>();
    row.put("old_id", change.oldId());
    row.put("new_id", change.newId());
    row.put("change", change.change().columnValue());
    row.put("cause_event_id", change.causeEventId());
    return row;
  }

  private void writeInBatches(String file, List<Map<String, Object>> rows, String runId) {
    String statement = CypherFile.load(file).single();
    for (int from = 0; from < rows.size(); from += WRITE_BATCH) {
      List<Map<String, Object>> batch =
          rows.subList(from, Math.min(rows.size(), from + WRITE_BATCH));
      driver
          .executableQuery(statement)
          .withParameters(Map.of("rows", batch, "run_id", runId))
          .execute();
    }
  }

  private List<Record> query(String file, Map<String, Object> parameters) {
    return Cypher.query(driver, file, parameters);
  }

  private static Instant instant(Value value) {
    return value.isNull() ? null : value.asZonedDateTime().toInstant();
  }
}
