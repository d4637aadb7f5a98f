package io.nexusgraph.graph.resolution;

import io.nexusgraph.graph.cypher.Cypher;
import io.nexusgraph.graph.cypher.CypherFile;
import io.nexusgraph.graph.identity.IdentifierKey;
import io.nexusgraph.graph.resolution.Exclusion.Reason;
import io.nexusgraph.ingest.eventlog.EntityKind;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.Session;

/**
 * The guardrails that keep an identifier out of linking altogether, applied before the projection.
 * One reason per identifier, the first that applies in this order: erased (a suppressed identifier
 * seen again; once marked, for good), blocked value, consent denied, shared identifier. A mark
 * whose rule no longer applies (a value taken off the blocklist, a limit raised) is lifted.
 */
final class LinkingExclusions {

  private static final Set<Reason> FIRST =
      EnumSet.of(Reason.ERASED, Reason.BLOCKED_VALUE, Reason.CONSENT);
  private static final String ERASED_DETAIL = "erased on request, then seen again";
  private static final String CONSENT_DETAIL = "seen only in records that denied consent";

  private final Driver driver;
  private final Guardrails guardrails;
  private final Suppression suppression;

  LinkingExclusions(Driver driver, Guardrails guardrails, Suppression suppression) {
    this.driver = driver;
    this.guardrails = guardrails;
    this.suppression = suppression;
  }

  /**
   * Sets and lifts the marks of the identifiers in {@code scope}. Starts reading {@code
   * identifiers} once the first marks are set (a run over everything counts shared identifiers with
   * them); null for a scoped run that needs no table (one resolved by region).
   */
  void apply(
      EntityKind kind, ExclusionMarks marks, ResolutionScope scope, IdentifierTable identifiers) {
    String name = kind.name().toLowerCase(Locale.ROOT);
    Map<IdentifierKey, Exclusion> wanted = new TreeMap<>();
    for (Exclusion e : marks.all()) {
      if (e.reason() == Reason.ERASED) {
        wanted.put(e.key(), e);
      }
    }
    if (suppression != Suppression.NONE) {
      String statement = CypherFile.load("resolve/" + name + "-unresolved").single();
      try (Session session = driver.session()) {
        Result result = session.run(statement, scope.parameter());
        while (result.hasNext()) {
          IdentifierKey key = key(result.next());
          if (suppression.suppressed(kind, key)) {
            wanted.putIfAbsent(key, Exclusion.of(key, Reason.ERASED, ERASED_DETAIL));
          }
        }
      }
    }
    blocked(name, scope).forEach(wanted::putIfAbsent);
    String consent = name + (scope.all() ? "-consent-denied" : "-consent-denied-scoped");
    for (Record r : query(consent, scope.parameter())) {
      IdentifierKey key = key(r);
      wanted.putIfAbsent(key, Exclusion.of(key, Reason.CONSENT, CONSENT_DETAIL));
    }
    Predicate<IdentifierKey> looked = scope.members();
    marks.apply(FIRST, wanted, looked);
    if (identifiers != null) {
      identifiers.readInBackground();
    }
    marks.apply(
        EnumSet.of(Reason.SHARED_IDENTIFIER),
        new SharedIdentifiers(driver, guardrails).find(name, FIRST, scope, identifiers),
        looked);
  }

  private Map<IdentifierKey, Exclusion> blocked(String name, ResolutionScope scope) {
    Map<IdentifierKey, Exclusion> found = new TreeMap<>();
    Blocklist blocklist = guardrails.blocklist();
    if (blocklist.isEmpty()) {
      return found;
    }
    List<Map<String, Object>> values =
        blocklist.values().stream()
            .map(v -> Map.<String, Object>of("type", v.type(), "value", v.value()))
            .toList();
    List<Map<String, Object>> patterns =
        blocklist.patterns().stream()
            .map(p -> Map.<String, Object>of("type", p.type(), "regex", p.regex()))
            .toList();
    Map<String, Object> parameters = new HashMap<>(scope.parameter());
    parameters.put("values", values);
    parameters.put("patterns", patterns);
    for (Record r : query(name + "-blocked-values", parameters)) {
      IdentifierKey key = key(r);
      Exclusion e = Exclusion.of(key, Reason.BLOCKED_VALUE, r.get("detail").asString());
      found.merge(
          key,
          e,
          (a, b) -> Exclusion.of(key, Reason.BLOCKED_VALUE, a.detail() + "; " + b.detail()));
    }
    return found;
  }

  private List<Record> query(String file, Map<String, Object> parameters) {
    return Cypher.query(driver, "resolve/" + file, parameters);
  }

  private static IdentifierKey key(Record r) {
    return new IdentifierKey(r.get("type").asString(), r.get("value").asString());
  }
}
