package io.nexusgraph.graph.resolution;

import io.nexusgraph.graph.cypher.Cypher;
import io.nexusgraph.graph.identity.IdentifierKey;
import io.nexusgraph.graph.override.Overrides;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/**
 * Which identifiers one resolution of one entity kind looks at: all of them, or only those whose
 * entity the run may change.
 *
 * <p>Why: a nightly run adds a few percent of new evidence, and re-deriving every entity costs a
 * full scan, projection and WCC of the whole identity graph each time. When the last resolution of
 * the kind completed with the same rules (guardrails and overrides, by fingerprint), only what was
 * loaded since can change anything. The scope starts from the identifiers loaded since the last
 * resolution ({@code PendingResolve}, set by the loader): the guardrails look at those only, since
 * under unchanged rules no other identifier's marks can move (a shared-identifier count grows only
 * when a new star adds mates to its members, all pending; erasing an identifier labels its
 * neighbours pending). Then, with this run's exclusions set, the scope is closed on whole
 * components: by the region the seed's entities and the new links form ({@link #pending}, {@link
 * #include}, {@code RegionComponents}), or, for a kind with overrides, on the components of a
 * projection of the whole graph and on the entities its identifiers had before ({@link #select}). A
 * closed scope holds whole components, so resolving it alone gives exactly what resolving
 * everything would; the incremental-equals-full property test checks it.
 *
 * <p>The scope lives here, as element ids passed to the statements that honour it ({@code $scope}),
 * not as labels in the graph: a label costs a node write to set and another to remove, several
 * times per identifier, which made those writes most of an incremental run.
 *
 * <p>Everything is resolved when the rules changed, when no completed resolution is recorded (first
 * run, or one that failed part way), when asked to (a full run, or a rebuild that forgot
 * identifiers), or when more than {@code maxPendingFraction} of the identifiers are new (a first
 * load or a rebuild, where scoping only costs).
 */
final class ResolutionScope {

  /** Above this share of pending identifiers, a run resolves everything. */
  static final double DEFAULT_MAX_PENDING_FRACTION = 0.2;

  private static final int CLEAR_BATCH = 10_000;

  /**
   * Leads the fingerprint of the rules: a change of what a completed run leaves in the graph for
   * the next incremental one (here: an erasure marks its neighbours {@code evidence_lost}, which
   * the region path re-resolves) makes the first run of a new version resolve everything.
   */
  private static final String STATE_VERSION = "resolver state 2: erasures mark evidence_lost";

  private final Driver driver;
  private final String kind;
  private final boolean all;
  private final boolean empty;

  /**
   * An identifier of the seed as it was before this run.
   *
   * @param elementId how the statements that honour the scope find it ({@code $scope})
   * @param entityId its entity after the last run, or null
   * @param excluded whether it was excluded from linking after the last run
   * @param evidenceLost whether an erasure since took evidence from it
   */
  record Pending(
      String elementId,
      long nodeId,
      IdentifierKey key,
      String entityId,
      Instant firstSeenAt,
      boolean excluded,
      boolean evidenceLost) {}

  /** The seed, as it was before this run; empty when the scope is everything. */
  private final List<Pending> pending = new ArrayList<>();

  /** The identifiers of the components {@link #select} kept. */
  private final Set<IdentifierKey> closed = new HashSet<>();

  private ResolutionScope(Driver driver, String kind, boolean all, boolean empty) {
    this.driver = driver;
    this.kind = kind;
    this.all = all;
    this.empty = empty;
  }

  /**
   * Decides the scope of a run that resolves {@code kind} under {@code rules} and, when it is not
   * everything, finds its first identifiers. Records that a resolution has started: until {@link
   * #finish} records the rules, the next run resolves everything.
   */
  static ResolutionScope open(
      Driver driver,
      String kind,
      String rules,
      String runId,
      boolean everything,
      double maxPendingFraction) {
    List<Record> state = Cypher.query(driver, "resolve/resolver-state-read", Map.of("kind", kind));
    String previous =
        state.isEmpty() || state.getFirst().get("rules").isNull()
            ? null
            : state.getFirst().get("rules").asString();
    Record size = Cypher.query(driver, "resolve/" + kind + "-scope-size", Map.of()).getFirst();
    long identifiers = size.get("identifiers").asLong();
    long pending = size.get("pending").asLong();
    boolean all =
        everything || !rules.equals(previous) || pending > maxPendingFraction * identifiers;
    Cypher.query(driver, "resolve/resolver-state-write", stateRow(kind, null, runId));
    ResolutionScope scope = new ResolutionScope(driver, kind, all, !all && pending == 0);
    if (!all && pending > 0) {
      scope.add(Cypher.query(driver, "resolve/" + kind + "-scope-seed", Map.of()));
    }
    return scope;
  }

  /** True when the run resolves every identifier of its kind. */
  boolean all() {
    return all;
  }

  /** True when nothing was loaded since a completed run under the same rules: nothing to do. */
  boolean empty() {
    return empty;
  }

  /** The {@code $all} and {@code $scope} parameters of the statements that honour the scope. */
  Map<String, Object> parameter() {
    return Map.of("all", all, "scope", pending.stream().map(Pending::elementId).toList());
  }

  /**
   * Closes the scope on the components of the whole kind ({@code all}, computed after the
   * guardrails have set this run's exclusions): keeps every component that holds an identifier of
   * the seed or of an entity a seed identifier had before this run (an identifier excluded now is
   * in no component, but its entity may split) and, until nothing changes, every component holding
   * an identifier of an entity that a kept component's identifiers belonged to before this run (so
   * an entity that splits is seen whole). The kept components are whole, so resolving them alone
   * gives what resolving everything would. Everything is kept when the scope is everything.
   */
  List<List<Member>> select(List<List<Member>> all) {
    if (this.all) {
      return all;
    }
    Set<IdentifierKey> seed = new HashSet<>();
    Set<String> seedEntities = new HashSet<>();
    for (Pending p : pending) {
      seed.add(p.key());
      if (p.entityId() != null) {
        seedEntities.add(p.entityId());
      }
    }
    Map<String, List<Integer>> byEntity = new HashMap<>();
    Deque<Integer> queue = new ArrayDeque<>();
    boolean[] kept = new boolean[all.size()];
    for (int c = 0; c < all.size(); c++) {
      for (Member m : all.get(c)) {
        if (m.previousId() != null) {
          List<Integer> components =
              byEntity.computeIfAbsent(m.previousId(), e -> new ArrayList<>());
          if (components.isEmpty() || components.getLast() != c) {
            components.add(c);
          }
        }
        if (!kept[c] && seed.contains(m.key())) {
          kept[c] = true;
          queue.add(c);
        }
      }
    }
    Set<String> entities = new HashSet<>();
    for (String entity : seedEntities) {
      keepComponentsOf(entity, entities, byEntity, kept, queue);
    }
    while (!queue.isEmpty()) {
      for (Member m : all.get(queue.poll())) {
        if (m.previousId() != null) {
          keepComponentsOf(m.previousId(), entities, byEntity, kept, queue);
        }
      }
    }
    List<List<Member>> selected = new ArrayList<>();
    for (int c = 0; c < all.size(); c++) {
      if (kept[c]) {
        selected.add(all.get(c));
        all.get(c).forEach(m -> closed.add(m.key()));
      }
    }
    return selected;
  }

  /** Keeps (and queues) the components holding identifiers of {@code entity}, once per entity. */
  private static void keepComponentsOf(
      String entity,
      Set<String> entities,
      Map<String, List<Integer>> byEntity,
      boolean[] kept,
      Deque<Integer> queue) {
    if (!entities.add(entity)) {
      return;
    }
    for (int other : byEntity.getOrDefault(entity, List.of())) {
      if (!kept[other]) {
        kept[other] = true;
        queue.add(other);
      }
    }
  }

  /** The identifiers the seed found, as they were before this run; empty when everything is. */
  List<Pending> pending() {
    return List.copyOf(pending);
  }

  /** The identifiers in scope now (after {@link #select}, those too), as a test. */
  Predicate<IdentifierKey> members() {
    if (all) {
      return key -> true;
    }
    Set<IdentifierKey> keys = new HashSet<>(closed);
    pending.forEach(p -> keys.add(p.key()));
    return keys::contains;
  }

  /**
   * Adds the identifiers of {@code rows} (id, node_id, type, value, entity_id, first_seen_at,
   * excluded, evidence_lost).
   */
  private void add(List<Record> rows) {
    for (Record r : rows) {
      Value entity = r.get("entity_id");
      Value firstSeen = r.get("first_seen_at");
      pending.add(
          new Pending(
              r.get("id").asString(),
              r.get("node_id").asLong(),
              new IdentifierKey(r.get("type").asString(), r.get("value").asString()),
              entity.isNull() ? null : entity.asString(),
              Cypher.instant(firstSeen),
              r.get("excluded").asBoolean(),
              r.get("evidence_lost").asBoolean()));
    }
  }

  /**
   * After everything is written: removes the pending labels and records the rules, so that the next
   * run may be incremental.
   */
  void finish(String rules, String runId) {
    if (!empty) {
      clearPending(driver, kind);
    }
    Cypher.query(driver, "resolve/resolver-state-write", stateRow(kind, rules, runId));
  }

  /** A fingerprint of everything that decides the partition besides the evidence. */
  static String fingerprint(Guardrails guardrails, Overrides overrides) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(
                  (STATE_VERSION + "\n" + guardrails + "\n" + overrides)
                      .getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  private static void clearPending(Driver driver, String kind) {
    long cleared;
    do {
      cleared =
          Cypher.query(driver, "resolve/" + kind + "-pending-clear", Map.of("limit", CLEAR_BATCH))
              .getFirst()
              .get("cleared")
              .asLong();
    } while (cleared >= CLEAR_BATCH);
  }

  private static Map<String, Object> stateRow(String kind, String rules, String runId) {
    Map<String, Object> row = new HashMap<>();
    row.put("kind", kind);
    row.put("rules", rules);
    row.put("run_id", runId);
    return row;
  }
}
