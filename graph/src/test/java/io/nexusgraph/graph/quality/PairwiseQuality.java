package io.nexusgraph.graph.quality;

import io.nexusgraph.graph.identity.IdentifierKey;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Pairwise quality of a resolution against the ground truth, from contingency counts (never by
 * enumerating identifier pairs).
 *
 * <p>Rules:
 *
 * <ul>
 *   <li><b>Scored</b> identifiers are the resolved graph's person identifiers whose ground truth
 *       names exactly one true person and no trap. Pairs are counted among scored identifiers only.
 *   <li><b>Ambiguous</b> identifiers (a trap mark such as {@code shared_inbox}, {@code kiosk},
 *       {@code family_phone}, {@code placeholder}, {@code shared}, or no / several true owners)
 *       have no single true person and are skipped from the pair counts. They still matter: if
 *       resolution lets one link two people, those people's scored identifiers end up in one
 *       predicted entity and count as false pairs.
 *   <li>An <b>excluded</b> identifier (or one without {@code entity_id}) is its own singleton
 *       prediction: excluding a scored identifier costs recall, never precision.
 *   <li>Identifiers absent from the ground truth are counted ({@link Figures#unknown}) and not
 *       scored.
 *   <li>The largest predicted component counts all identifiers with that {@code entity_id},
 *       ambiguous ones included.
 * </ul>
 */
final class PairwiseQuality {

  /** One person identifier as resolution left it. */
  record Prediction(IdentifierKey key, String entityId, boolean excluded) {
    String label() {
      return excluded || entityId == null
          ? "singleton:" + key.type() + ":" + key.value()
          : entityId;
    }
  }

  record Figures(
      String name,
      int identifiers,
      int scored,
      int ambiguous,
      int unknown,
      int scoredExcluded,
      long truePairs,
      long predictedPairs,
      long truePositivePairs,
      int trueEntities,
      int predictedEntities,
      int overMerged,
      int underMerged,
      int largestComponent,
      Map<String, Long> falsePairsByTypes,
      Map<String, Long> missedPairsByTypes,
      Map<String, Integer> mixedEntitiesByAmbiguousTraps,
      Map<String, String> ambiguousByTrap,
      Map<String, Integer> splitShapes,
      List<String> examples) {

    double precision() {
      return predictedPairs == 0 ? 1.0 : (double) truePositivePairs / predictedPairs;
    }

    double recall() {
      return truePairs == 0 ? 1.0 : (double) truePositivePairs / truePairs;
    }

    double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    String report() {
      StringBuilder b = new StringBuilder();
      b.append("---- resolution quality: ").append(name).append(" ----\n");
      b.append(
          String.format(
              Locale.ROOT, "precision %.5f  recall %.5f  F1 %.5f%n", precision(), recall(), f1()));
      b.append(
          String.format(
              Locale.ROOT,
              "pairs: true %d, predicted %d, correct %d (false %d, missed %d)%n",
              truePairs,
              predictedPairs,
              truePositivePairs,
              predictedPairs - truePositivePairs,
              truePairs - truePositivePairs));
      b.append(
          String.format(
              Locale.ROOT,
              "identifiers: %d in graph, %d scored, %d ambiguous (skipped), %d not in ground truth,"
                  + " %d scored but excluded%n",
              identifiers,
              scored,
              ambiguous,
              unknown,
              scoredExcluded));
      b.append(
          String.format(
              Locale.ROOT,
              "entities: %d true, %d predicted; over-merged true entities %d, under-merged %d;"
                  + " largest predicted component %d identifiers%n",
              trueEntities,
              predictedEntities,
              overMerged,
              underMerged,
              largestComponent));
      b.append("ambiguous identifiers by trap (excluded / linked / alone): ")
          .append(ambiguousByTrap)
          .append('\n');
      b.append("false pairs by identifier types: ").append(falsePairsByTypes).append('\n');
      b.append("over-merged entities by ambiguous identifiers inside: ")
          .append(mixedEntitiesByAmbiguousTraps)
          .append('\n');
      b.append("missed pairs by identifier types: ").append(missedPairsByTypes).append('\n');
      b.append("split shapes (types per part): ").append(splitShapes).append('\n');
      for (String e : examples) {
        b.append("  e.g. ").append(e).append('\n');
      }
      return b.toString();
    }
  }

  private PairwiseQuality() {}

  static Figures measure(
      String name,
      List<Prediction> predictions,
      Map<IdentifierKey, Set<String>> owners,
      Map<IdentifierKey, String> traps) {
    // contingency: predicted label -> true person -> scored identifiers
    Map<String, Map<String, List<IdentifierKey>>> byPredicted = new TreeMap<>();
    Map<String, Map<String, List<IdentifierKey>>> byTrue = new TreeMap<>();
    Map<String, Integer> componentSize = new HashMap<>();
    Map<String, List<Prediction>> ambiguousByLabel = new HashMap<>();
    List<Prediction> ambiguousList = new ArrayList<>();
    int scored = 0;
    int ambiguous = 0;
    int unknown = 0;
    int scoredExcluded = 0;
    for (Prediction p : predictions) {
      if (!p.excluded() && p.entityId() != null) {
        componentSize.merge(p.entityId(), 1, Integer::sum);
      }
      Set<String> trueOwners = owners.get(p.key());
      if (trueOwners == null) {
        unknown++;
      } else if (trueOwners.size() != 1 || traps.containsKey(p.key())) {
        ambiguous++;
        ambiguousList.add(p);
        ambiguousByLabel.computeIfAbsent(p.label(), k -> new ArrayList<>()).add(p);
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
    Map<String, Integer> mixedByTraps = new TreeMap<>();
    List<String> examples = new ArrayList<>();
    for (var e : byPredicted.entrySet()) {
      Map<String, List<IdentifierKey>> cell = e.getValue();
      long size = cell.values().stream().mapToLong(List::size).sum();
      predictedPairs += pairs(size);
      tp += cell.values().stream().mapToLong(ids -> pairs(ids.size())).sum();
      if (cell.size() > 1) {
        overMerged.addAll(cell.keySet());
        List<Map<String, Long>> parts =
            cell.values().stream().map(PairwiseQuality::typeCounts).toList();
        crossPairs(parts, falsePairs);
        String trapsInside =
            ambiguousByLabel.getOrDefault(e.getKey(), List.of()).stream()
                .map(p -> traps.getOrDefault(p.key(), "multi_owner"))
                .collect(Collectors.toCollection(TreeSet::new))
                .toString();
        mixedByTraps.merge(
            trapsInside.equals("[]") ? "(none)" : trapsInside, cell.size(), Integer::sum);
        if (examples.size() < 3) {
          examples.add(
              "over-merge "
                  + e.getKey()
                  + ": "
                  + cell
                  + " + ambiguous "
                  + ambiguousByLabel.getOrDefault(e.getKey(), List.of()).stream()
                      .map(p -> p.key() + "=" + traps.get(p.key()))
                      .toList());
        }
      }
    }

    long truePairs = 0;
    int underMerged = 0;
    Map<String, Long> missedPairs = new TreeMap<>();
    Map<String, Integer> splitShapes = new TreeMap<>();
    int splitExamples = 0;
    for (var e : byTrue.entrySet()) {
      Map<String, List<IdentifierKey>> cell = e.getValue();
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
        if (splitExamples++ < 3) {
          examples.add("split " + e.getKey() + ": " + cell);
        }
      }
    }

    Map<String, int[]> ambiguousCounts = new TreeMap<>();
    for (Prediction p : ambiguousList) {
      int[] c =
          ambiguousCounts.computeIfAbsent(
              traps.getOrDefault(p.key(), "multi_owner"), k -> new int[3]);
      if (p.excluded() || p.entityId() == null) {
        c[0]++;
      } else if (componentSize.getOrDefault(p.entityId(), 0) > 1) {
        c[1]++;
      } else {
        c[2]++;
      }
    }
    Map<String, String> ambiguousByTrap = new TreeMap<>();
    ambiguousCounts.forEach((k, c) -> ambiguousByTrap.put(k, c[0] + "/" + c[1] + "/" + c[2]));

    return new Figures(
        name,
        predictions.size(),
        scored,
        ambiguous,
        unknown,
        scoredExcluded,
        truePairs,
        predictedPairs,
        tp,
        byTrue.size(),
        byPredicted.size(),
        overMerged.size(),
        underMerged,
        componentSize.values().stream().mapToInt(Integer::intValue).max().orElse(0),
        falsePairs,
        missedPairs,
        mixedByTraps,
        ambiguousByTrap,
        splitShapes,
        examples);
  }

  static long pairs(long n) {
    return n * (n - 1) / 2;
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
