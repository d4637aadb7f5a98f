package io.nexusgraph.graph.resolution;

import io.nexusgraph.graph.cypher.Cypher;
import io.nexusgraph.graph.identity.IdentifierKey;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Value;

/**
 * The shared-identifier counts of every identifier of a kind, from one streamed read of all its
 * {@code SAME_AS} edges: what {@code <kind>-shared-identifiers.cypher} computes per identifier, for
 * a run that looks at the whole graph (a star expansion per identifier costs far more than reading
 * each edge once).
 *
 * <p>The same rule: an identifier shares evidence with the hub and every spoke of each star ({@code
 * edge_id} from one hub) it is linked into by a linkable edge; identifiers excluded for a stronger
 * reason neither count nor are counted.
 */
final class SharedLinkCounts {

  private record Node(String type, String value, String reason) {}

  private record Star(String hub, String edge) {}

  private final Map<String, Node> nodes = new HashMap<>();
  private final Map<Star, List<String>> spokes = new HashMap<>();
  private final Map<String, Set<Star>> linkedInto = new HashMap<>();

  /** Reads every {@code SAME_AS} edge of {@code kind} ("person" or "group"). */
  static SharedLinkCounts read(Driver driver, String kind) {
    SharedLinkCounts counts = new SharedLinkCounts();
    Cypher.stream(driver, "resolve/" + kind + "-same-as-all", Map.of(), counts::add);
    return counts;
  }

  private void add(org.neo4j.driver.Record r) {
    String hub = r.get("hub").asString();
    String other = r.get("other").asString();
    nodes.computeIfAbsent(
        hub, h -> node(r.get("hub_type"), r.get("hub_value"), r.get("hub_reason")));
    nodes.computeIfAbsent(
        other, o -> node(r.get("other_type"), r.get("other_value"), r.get("other_reason")));
    Star star = new Star(hub, r.get("edge").asString(null));
    spokes.computeIfAbsent(star, s -> new ArrayList<>()).add(other);
    if (r.get("linkable").asBoolean(false)) {
      linkedInto.computeIfAbsent(hub, h -> new HashSet<>()).add(star);
      linkedInto.computeIfAbsent(other, o -> new HashSet<>()).add(star);
    }
  }

  private static Node node(Value type, Value value, Value reason) {
    return new Node(type.asString(), value.asString(), reason.isNull() ? null : reason.asString());
  }

  /**
   * Per identifier whose type is in {@code types} and that is not excluded for a reason in {@code
   * stronger}: how many distinct identifiers of each type it shares evidence with.
   */
  Map<IdentifierKey, Map<String, Integer>> linked(Set<String> types, Set<String> stronger) {
    Map<IdentifierKey, Map<String, Integer>> result = new HashMap<>();
    linkedInto.forEach(
        (id, stars) -> {
          Node node = nodes.get(id);
          if (!types.contains(node.type()) || stronger.contains(node.reason())) {
            return;
          }
          Set<String> others = new HashSet<>();
          for (Star star : stars) {
            others.add(star.hub());
            others.addAll(spokes.get(star));
          }
          others.remove(id);
          Map<String, Integer> byType = new HashMap<>();
          for (String other : others) {
            Node o = nodes.get(other);
            if (!stronger.contains(o.reason())) {
              byType.merge(o.type(), 1, Integer::sum);
            }
          }
          result.put(new IdentifierKey(node.type(), node.value()), byType);
        });
    return result;
  }
}
