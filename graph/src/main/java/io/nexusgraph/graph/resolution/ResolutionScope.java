package io.nexusgraph.graph.resolution;

import io.nexusgraph.graph.cypher.Cypher;
import io.nexusgraph.graph.identity.IdentifierKey;
import io.nexusgraph.graph.override.Overrides;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;

/**
 * Which identifiers one resolution of one entity kind looks at: all of them, or only those whose
 * entity the run may change.
 *
 * <p>Why: a nightly run adds a few percent of new evidence, and re-deriving every entity costs a
 * full scan, projection and WCC of the whole identity graph each time. When the last resolution of
 * the kind completed with the same rules (guardrails and overrides, by fingerprint), only what was
 * loaded since can change anything. The scope starts from the identifiers loaded since the last
 * resolution ({@code PendingResolve}, set by the loader), adds their SAME_AS star-mates (whose
 * shared-identifier counts may move) and the members of the entities all of those had, then, after
 * the guardrails, is closed under everything resolution links (see {@code *-scope-expand}). A
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

  private final Driver driver;
  private final String kind;
  private final boolean all;
  private final boolean empty;

  /** Element id to key of every identifier in scope; empty when the scope is everything. */
  private final Map<String, IdentifierKey> members = new HashMap<>();

  /** The identifiers the seed found; the first frontier of {@link #close}. */
  private List<String> seed = List.of();

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
      scope.seed = scope.add(Cypher.query(driver, "resolve/" + kind + "-scope-seed", Map.of()));
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
    return Map.of("all", all, "scope", List.copyOf(members.keySet()));
  }

  /**
   * Closes the scope under linking (after the guardrails have set this run's exclusions), so that
   * it holds whole components. Nothing to do when the scope is everything.
   */
  void close(List<Map<String, Object>> together) {
    if (all) {
      return;
    }
    // The seed's frontier already holds whole entities: the first pass need not look them up.
    List<String> frontier = seed;
    boolean entities = false;
    while (!frontier.isEmpty()) {
      frontier =
          add(
              Cypher.query(
                  driver,
                  "resolve/" + kind + "-scope-expand",
                  Map.of(
                      "frontier", frontier,
                      "scope", List.copyOf(members.keySet()),
                      "together", together,
                      "entities", entities)));
      entities = true;
    }
  }

  /** The identifiers in scope now, as a test. */
  Predicate<IdentifierKey> members() {
    if (all) {
      return key -> true;
    }
    Set<IdentifierKey> keys = new HashSet<>(members.values());
    return keys::contains;
  }

  /**
   * Adds the identifiers of {@code rows} (id, type, value) and returns the element ids new here.
   */
  private List<String> add(List<Record> rows) {
    List<String> added = new ArrayList<>();
    for (Record r : rows) {
      String id = r.get("id").asString();
      IdentifierKey key = new IdentifierKey(r.get("type").asString(), r.get("value").asString());
      if (members.putIfAbsent(id, key) == null) {
        added.add(id);
      }
    }
    return added;
  }

  /**
   * After everything is written: removes the pending labels and records the rules, so that the next
   * run may be incremental.
   */
  void finish(String rules, String runId) {
    clearPending(driver, kind);
    Cypher.query(driver, "resolve/resolver-state-write", stateRow(kind, rules, runId));
  }

  /** A fingerprint of everything that decides the partition besides the evidence. */
  static String fingerprint(Guardrails guardrails, Overrides overrides) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest((guardrails + "\n" + overrides).getBytes(StandardCharsets.UTF_8));
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
