package io.nexusgraph.graph.resolution;

import io.nexusgraph.graph.cypher.Cypher;
import io.nexusgraph.graph.identity.IdentifierKey;
import io.nexusgraph.graph.override.IdentityOverride;
import io.nexusgraph.graph.override.IdentityOverride.Direction;
import io.nexusgraph.graph.override.Overrides;
import io.nexusgraph.graph.resolution.Assignment.EntityFacts;
import io.nexusgraph.graph.resolution.Exclusion.Reason;
import io.nexusgraph.ingest.eventlog.EntityKind;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Resolves one entity kind: applies the guardrails that keep identifiers out of linking, projects
 * the evidence graph (plus force-together overrides), runs GDS weakly connected components (exact,
 * no hop limit), splits the components that break a type limit or a force-apart override ({@link
 * LinkConstraints}), gives every entity a stable id ({@link StableIds}) and writes back only what
 * changed.
 *
 * <p>A run derives the partition from the evidence and the rules in force, and keeps ids stable
 * through the entity each identifier had before. When the rules are those of the last completed
 * run, it re-resolves only the identifiers loaded since and whatever they connect to ({@link
 * ResolutionScope}); otherwise, and in {@link #resolveAll}, every identifier. Either way the result
 * equals a rebuild, so a rule or threshold change needs nothing but the next run. A rebuild from
 * the event log is {@link GraphWipe#evidence()}, a reload, and a run.
 */
public final class Resolver {

  private static final Logger LOG = LoggerFactory.getLogger(Resolver.class);

  private final Driver driver;
  private final Clock clock;
  private final Guardrails guardrails;
  private final Overrides overrides;
  private final Suppression suppression;
  private final double maxPendingFraction;

  public Resolver(Driver driver, Clock clock, Guardrails guardrails) {
    this(driver, clock, guardrails, Overrides.none(), Suppression.NONE);
  }

  /**
   * @param overrides the override rules in force for the runs of this resolver
   * @param suppression identifiers erased earlier, excluded when they come back
   */
  public Resolver(
      Driver driver,
      Clock clock,
      Guardrails guardrails,
      Overrides overrides,
      Suppression suppression) {
    this(
        driver,
        clock,
        guardrails,
        overrides,
        suppression,
        ResolutionScope.DEFAULT_MAX_PENDING_FRACTION);
  }

  private Resolver(
      Driver driver,
      Clock clock,
      Guardrails guardrails,
      Overrides overrides,
      Suppression suppression,
      double maxPendingFraction) {
    this.driver = driver;
    this.clock = clock;
    this.guardrails = guardrails;
    this.overrides = overrides;
    this.suppression = suppression;
    this.maxPendingFraction = maxPendingFraction;
  }

  /**
   * This resolver, re-resolving only what changed as long as at most {@code maxPendingFraction} of
   * a kind's identifiers were loaded since the last run (default 0.2); 1.0 always scopes when the
   * rules allow it.
   */
  public Resolver withMaxPendingFraction(double maxPendingFraction) {
    if (!(maxPendingFraction >= 0 && maxPendingFraction <= 1)) {
      throw new IllegalArgumentException(
          "maxPendingFraction must be within [0, 1], was " + maxPendingFraction);
    }
    return new Resolver(driver, clock, guardrails, overrides, suppression, maxPendingFraction);
  }

  /** Resolves {@code kind}: only what changed when the rules allow it (see the class comment). */
  public ResolutionResult resolve(EntityKind kind, String runId) {
    return resolve(kind, runId, false);
  }

  /** Resolves every identifier of {@code kind} (a full run). */
  public ResolutionResult resolveAll(EntityKind kind, String runId) {
    return resolve(kind, runId, true);
  }

  private ResolutionResult resolve(EntityKind kind, String runId, boolean everything) {
    long started = System.nanoTime();
    String name = kind.name().toLowerCase(Locale.ROOT);
    long forgotten =
        query("resolve/" + name + "-forget-unloaded", Map.of())
            .getFirst()
            .get("forgotten")
            .asLong();
    String rules = ResolutionScope.fingerprint(guardrails, overrides);
    ResolutionScope scope =
        ResolutionScope.open(
            driver, name, rules, runId, everything || forgotten > 0, maxPendingFraction);
    ExclusionMarks marks = ExclusionMarks.read(driver, name);
    List<IdentityOverride> together = overrides.select(kind, Direction.TOGETHER);
    List<IdentityOverride> apart = overrides.select(kind, Direction.APART);
    LinkConstraints constraints = new LinkConstraints(guardrails, together, apart);
    boolean byRegion = !scope.all() && !scope.empty() && together.isEmpty() && apart.isEmpty();
    IdentifierTable identifiers = byRegion ? null : new IdentifierTable(driver, name);
    Resolved resolved = null;
    // the region's reads of the seed run while the guardrails mark it (RegionReads)
    try (RegionReads reads = byRegion ? new RegionReads(driver, name, scope.pending()) : null) {
      if (!scope.empty()) {
        new LinkingExclusions(driver, guardrails, suppression)
            .apply(kind, marks, scope, identifiers);
      }
      if (byRegion) {
        resolved = byRegion(name, scope, marks, constraints, reads);
      }
    }
    if (resolved == null) {
      byRegion = false;
      resolved = byProjection(kind, runId, scope, marks, constraints, identifiers);
    }
    List<List<Member>> components = resolved.components();
    Map<String, EntityFacts> previous = resolved.previous();
    Assignment assignment = resolved.assignment();
    List<IdChange> changes = withCauses(name, assignment.changes());
    int moved =
        new EntityWrites(driver, clock)
            .write(name, runId, components, assignment, previous, changes);
    scope.finish(rules, runId);

    long millis = (System.nanoTime() - started) / 1_000_000;
    int resolvedIdentifiers = components.stream().mapToInt(List::size).sum();
    List<Exclusion> exclusions = marks.all();
    LOG.info(
        "Resolved {} {} identifiers ({}) into {} entities in {} ms: {} new ids, {} identifiers"
            + " moved, {} merges/splits, {} exclusions, {} forgotten",
        resolvedIdentifiers,
        name,
        scope.all()
            ? "all"
            : scope.empty()
                ? "incremental, nothing new"
                : byRegion ? "incremental, by region" : "incremental, by projection",
        assignment.entities().size(),
        millis,
        assignment.born().size(),
        moved,
        changes.size(),
        exclusions.size(),
        forgotten);
    return new ResolutionResult(
        kind,
        !scope.all(),
        resolvedIdentifiers,
        assignment.entities().size(),
        assignment.born().size(),
        moved,
        changes,
        exclusions,
        oversized(name, assignment),
        forgotten,
        millis);
  }

  /** A run's components, the entities they had and the ids they get. */
  private record Resolved(
      List<List<Member>> components, Map<String, EntityFacts> previous, Assignment assignment) {}

  /**
   * Resolves the region of an incremental run ({@link RegionComponents}); null when the whole graph
   * must be projected instead (the graph is not as the last run left it, or an id minted here names
   * an entity outside the region). Sets the type-limit notes of the components it re-resolved.
   */
  private Resolved byRegion(
      String name,
      ResolutionScope scope,
      ExclusionMarks marks,
      LinkConstraints constraints,
      RegionReads reads) {
    RegionComponents.Region region =
        new RegionComponents(driver, name, constraints, marks, reads).resolve(scope.pending());
    if (region == null) {
      return null;
    }
    LinkConstraints.Constrained constrained = region.constrained();
    Assignment assignment = assign(name, constrained.components(), region.previous());
    if (!assignment.born().isEmpty()
        && !query("resolve/" + name + "-entities-taken", Map.of("ids", assignment.born()))
            .isEmpty()) {
      LOG.info(
          "{}: an id minted in the region names an entity outside it; resolving by projection",
          name);
      return null;
    }
    marks.apply(
        EnumSet.of(Reason.TYPE_LIMIT, Reason.OVERRIDE),
        constrained.notes(),
        region.keys()::contains);
    return new Resolved(constrained.components(), region.previous(), assignment);
  }

  /**
   * Resolves from a projection of the whole kind: every identifier, or (scoped) the components the
   * seed reaches ({@link ResolutionScope#select}). Splits the components that break a type limit or
   * a force-apart override and records, for the identifiers cut off, why ({@code type_limit} or
   * {@code override} marks); marks of identifiers outside the scope stay as they are.
   */
  private Resolved byProjection(
      EntityKind kind,
      String runId,
      ResolutionScope scope,
      ExclusionMarks marks,
      LinkConstraints constraints,
      IdentifierTable table) {
    String name = kind.name().toLowerCase(Locale.ROOT);
    LinkConstraints.Constrained constrained = new LinkConstraints.Constrained(List.of(), Map.of());
    if (!scope.empty()) {
      IdentifierTable identifiers = table == null ? new IdentifierTable(driver, name) : table;
      List<Map<String, Object>> together =
          overrides.select(kind, Direction.TOGETHER).stream().map(Resolver::pairRow).toList();
      List<List<Member>> all =
          new EvidenceComponents(driver)
              .all(name, "nexus-" + name + "-" + runId, together, identifiers);
      constrained = constraints.enforce(scope.select(all), broken -> evidence(name, broken));
      marks.apply(
          EnumSet.of(Reason.TYPE_LIMIT, Reason.OVERRIDE), constrained.notes(), scope.members());
    }
    // nothing new: no component, so no entity to compare with (a read of every entity saved)
    Map<String, EntityFacts> previous = scope.empty() ? Map.of() : previousEntities(name);
    return new Resolved(
        constrained.components(), previous, assign(name, constrained.components(), previous));
  }

  /** The evidence of each of {@code components}, read at once. */
  private List<List<Evidence>> evidence(String name, List<List<Member>> components) {
    Map<IdentifierKey, Integer> componentOf = new HashMap<>();
    List<Member> members = new ArrayList<>();
    List<List<Evidence>> evidence = new ArrayList<>();
    for (int c = 0; c < components.size(); c++) {
      for (Member m : components.get(c)) {
        componentOf.put(m.key(), c);
        members.add(m);
      }
      evidence.add(new ArrayList<>());
    }
    for (Evidence e : new ComponentEvidence(driver).of(name, members)) {
      evidence.get(componentOf.get(e.members().getFirst())).add(e);
    }
    return evidence;
  }

  private static Assignment assign(
      String name, List<List<Member>> components, Map<String, EntityFacts> previous) {
    Map<String, Instant> previousFirstSeen = new HashMap<>();
    previous.forEach(
        (id, facts) ->
            previousFirstSeen.put(
                id, facts.firstSeenAt() == null ? Instant.MAX : facts.firstSeenAt()));
    return new StableIds(name.equals("person") ? "per_" : "grp_")
        .assign(components, previousFirstSeen);
  }

  /** Entities over the size alert: logged with their id and size, never their identifiers. */
  private List<OversizedEntity> oversized(String name, Assignment assignment) {
    List<OversizedEntity> found = new ArrayList<>();
    assignment
        .entities()
        .forEach(
            (id, facts) -> {
              if (facts.identifierCount() > guardrails.componentSizeAlert()) {
                found.add(new OversizedEntity(id, facts.identifierCount()));
              }
            });
    found.sort(Comparator.comparing(OversizedEntity::entityId));
    for (OversizedEntity e : found) {
      LOG.warn(
          "{} entity {} has {} identifiers, over the alert limit of {}: check for over-merging"
              + " (nexus explain, or Neo4j Browser)",
          name,
          e.entityId(),
          e.identifiers(),
          guardrails.componentSizeAlert());
    }
    return found;
  }

  private Map<String, EntityFacts> previousEntities(String name) {
    Map<String, EntityFacts> previous = new HashMap<>();
    for (Record r : query("resolve/" + name + "-previous-entities", Map.of())) {
      previous.put(r.get("id").asString(), EntityFacts.of(r));
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

  private static Map<String, Object> pairRow(IdentityOverride rule) {
    return Map.of(
        "a_type", rule.a().type(),
        "a_value", rule.a().value(),
        "b_type", rule.b().type(),
        "b_value", rule.b().value());
  }

  private List<Record> query(String file, Map<String, Object> parameters) {
    return Cypher.query(driver, file, parameters);
  }
}
