package io.nexusgraph.bench.quality;

import io.nexusgraph.graph.identity.IdentifierKey;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Pairwise quality of a resolution against the ground truth, from contingency counts (never by
 * enumerating identifier pairs). The only scorer: the benchmark and ResolutionQualityIT (this
 * module's tests) both use it.
 *
 * <p>Rules:
 *
 * <ul>
 *   <li><b>Scored</b> identifiers are the resolved identifiers whose ground truth names exactly one
 *       true entity and no trap. Pairs are counted among scored identifiers only.
 *   <li><b>Ambiguous</b> identifiers (a trap mark such as {@code shared_inbox}, {@code kiosk},
 *       {@code family_phone}, {@code placeholder}, {@code shared}, or no / several true owners)
 *       have no single true entity and are skipped from the pair counts. They still matter: if
 *       resolution lets one link two people, those people's scored identifiers end up in one
 *       predicted entity and count as false pairs.
 *   <li>An <b>excluded</b> identifier (or one without an entity) is its own singleton prediction:
 *       excluding a scored identifier costs recall, never precision.
 *   <li>Identifiers absent from the ground truth are counted ({@link Figures#unknown}) and not
 *       scored.
 *   <li>The largest predicted component counts all identifiers with that entity id, ambiguous ones
 *       included.
 * </ul>
 */
public final class PairwiseQuality {

  private PairwiseQuality() {}

  /** Scores {@code predictions} against {@code truth}. */
  public static Figures measure(String name, List<Prediction> predictions, Truth truth) {
    // contingency: predicted label -> true entity -> scored identifiers
    Map<String, Map<String, List<IdentifierKey>>> byPredicted = new TreeMap<>();
    Map<String, Map<String, List<IdentifierKey>>> byTrue = new TreeMap<>();
    Map<String, Integer> componentSize = new HashMap<>();
    List<Prediction> ambiguousList = new ArrayList<>();
    int scored = 0;
    int unknown = 0;
    int scoredExcluded = 0;
    for (Prediction p : predictions) {
      if (!p.excluded() && p.entityId() != null) {
        componentSize.merge(p.entityId(), 1, Integer::sum);
      }
      Set<String> trueOwners = truth.owners().get(p.key());
      if (trueOwners == null) {
        unknown++;
      } else if (trueOwners.size() != 1 || truth.traps().containsKey(p.key())) {
        ambiguousList.add(p);
      } else {
        scored++;
        if (p.excluded() || p.entityId() == null) {
          scoredExcluded++;
        }
        String owner = trueOwners.iterator().next();
        byPredicted
            .computeIfAbsent(p.label(), k -> new TreeMap<>())
            .computeIfAbsent(owner, k -> new ArrayList<>())
            .add(p.key());
        byTrue
            .computeIfAbsent(owner, k -> new TreeMap<>())
            .computeIfAbsent(p.label(), k -> new ArrayList<>())
            .add(p.key());
      }
    }

    long tp = 0;
    long predictedPairs = 0;
    Set<String> overMerged = new TreeSet<>();
    Map<String, Long> falsePairs = new TreeMap<>();
    for (Map<String, List<IdentifierKey>> cell : byPredicted.values()) {
      predictedPairs += pairs(cell.values().stream().mapToLong(List::size).sum());
      tp += cell.values().stream().mapToLong(ids -> pairs(ids.size())).sum();
      if (cell.size() > 1) {
        overMerged.addAll(cell.keySet());
        crossPairs(cell.values().stream().map(PairwiseQuality::typeCounts).toList(), falsePairs);
      }
    }

    long truePairs = 0;
    int underMerged = 0;
    Map<String, Long> missedPairs = new TreeMap<>();
    Map<String, Integer> splitShapes = new TreeMap<>();
    for (Map<String, List<IdentifierKey>> cell : byTrue.values()) {
      truePairs += pairs(cell.values().stream().mapToLong(List::size).sum());
      if (cell.size() > 1) {
        underMerged++;
        List<Map<String, Long>> parts =
            cell.values().stream().map(PairwiseQuality::typeCounts).toList();
        crossPairs(parts, missedPairs);
        String shape =
            parts.stream()
                .map(m -> m.keySet().toString())
                .sorted()
                .collect(Collectors.joining(" | "));
        splitShapes.merge(shape, 1, Integer::sum);
      }
    }

    double precision = Figures.precision(tp, predictedPairs);
    double recall = Figures.recall(tp, truePairs);
    return new Figures(
        name,
        predictions.size(),
        scored,
        ambiguousList.size(),
        unknown,
        scoredExcluded,
        truePairs,
        predictedPairs,
        tp,
        precision,
        recall,
        Figures.f1(precision, recall),
        byTrue.size(),
        byPredicted.size(),
        overMerged.size(),
        underMerged,
        componentSize.values().stream().mapToInt(Integer::intValue).max().orElse(0),
        falsePairs,
        missedPairs,
        ambiguousByTrap(ambiguousList, componentSize, truth),
        splitShapes);
  }

  static long pairs(long n) {
    return n * (n - 1) / 2;
  }

  /** Per trap: how many ambiguous identifiers were excluded / linked into an entity / alone. */
  private static Map<String, String> ambiguousByTrap(
      List<Prediction> ambiguous, Map<String, Integer> componentSize, Truth truth) {
    Map<String, int[]> counts = new TreeMap<>();
    for (Prediction p : ambiguous) {
      int[] c =
          counts.computeIfAbsent(
              truth.traps().getOrDefault(p.key(), "multi_owner"), k -> new int[3]);
      if (p.excluded() || p.entityId() == null) {
        c[0]++;
      } else if (componentSize.getOrDefault(p.entityId(), 0) > 1) {
        c[1]++;
      } else {
        c[2]++;
      }
    }
    Map<String, String> out = new TreeMap<>();
    counts.forEach((k, c) -> out.put(k, c[0] + "/" + c[1] + "/" + c[2]));
    return out;
  }

  private static Map<String, Long> typeCounts(List<IdentifierKey> ids) {
    return ids.stream()
        .collect(Collectors.groupingBy(IdentifierKey::type, TreeMap::new, Collectors.counting()));
  }

  /** Adds, per unordered type pair, the pairs between different parts. */
  private static void crossPairs(List<Map<String, Long>> parts, Map<String, Long> into) {
    for (int i = 0; i < parts.size(); i++) {
      for (int j = i + 1; j < parts.size(); j++) {
        for (var a : parts.get(i).entrySet()) {
          for (var b : parts.get(j).entrySet()) {
            String key =
                a.getKey().compareTo(b.getKey()) <= 0
                    ? a.getKey() + "~" + b.getKey()
                    : b.getKey() + "~" + a.getKey();
            into.merge(key, a.getValue() * b.getValue(), Long::sum);
          }
        }
      }
    }
  }
}
