package io.nexusgraph.graph.resolution;

import io.nexusgraph.graph.identity.IdentifierKey;
import io.nexusgraph.graph.resolution.Exclusion.Reason;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.neo4j.driver.Driver;

/**
 * The exclusion marks of one entity kind's identifiers, read once per run and kept in step with the
 * graph: each guardrail step states the marks it wants for its reasons, and only the differences
 * are written (a lifted mark is cleared, a new or changed one set).
 */
final class ExclusionMarks {

  private final Driver driver;
  private final String kind;
  private final Map<IdentifierKey, Exclusion> current;

  private ExclusionMarks(Driver driver, String kind, Map<IdentifierKey, Exclusion> current) {
    this.driver = driver;
    this.kind = kind;
    this.current = current;
  }

  static ExclusionMarks read(Driver driver, String kind) {
    Map<IdentifierKey, Exclusion> current = new TreeMap<>();
    new Exclusions(driver).stream(kind, e -> current.put(e.key(), e));
    return new ExclusionMarks(driver, kind, current);
  }

  Exclusion get(IdentifierKey key) {
    return current.get(key);
  }

  /**
   * Makes the marks whose reason is in {@code scope} equal to {@code wanted} (whose reasons must
   * all be in scope) among the identifiers {@code looked} at: marks of the others stay. A wanted
   * mark replaces any mark of another reason.
   */
  void apply(
      Set<Reason> scope, Map<IdentifierKey, Exclusion> wanted, Predicate<IdentifierKey> looked) {
    List<Map<String, Object>> clear = new ArrayList<>();
    for (Exclusion e : List.copyOf(current.values())) {
      if (scope.contains(e.reason()) && !wanted.containsKey(e.key()) && looked.test(e.key())) {
        clear.add(Batches.key(e.key()));
        current.remove(e.key());
      }
    }
    List<Map<String, Object>> exclude = new ArrayList<>();
    List<Map<String, Object>> note = new ArrayList<>();
    for (Exclusion e : wanted.values()) {
      if (!scope.contains(e.reason())) {
        throw new IllegalStateException(e.reason() + " marks cannot be set in scope " + scope);
      }
      if (e.equals(current.get(e.key()))) {
        continue;
      }
      Map<String, Object> row =
          Map.of(
              "type", e.identifierType(),
              "value", e.identifierValue(),
              "reason", e.reason().columnValue(),
              "detail", e.detail());
      (e.reason().linking() ? note : exclude).add(row);
      current.put(e.key(), e);
    }
    Batches.write(driver, "resolve/" + kind + "-exclusions-clear", clear, Map.of());
    Batches.write(driver, "resolve/" + kind + "-exclusions-set", exclude, Map.of());
    Batches.write(driver, "resolve/" + kind + "-exclusions-note", note, Map.of());
  }

  /** Every mark, in (type, value) order. */
  List<Exclusion> all() {
    return List.copyOf(current.values());
  }
}
