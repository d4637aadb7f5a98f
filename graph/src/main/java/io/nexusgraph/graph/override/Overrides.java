package io.nexusgraph.graph.override;

import io.nexusgraph.graph.override.IdentityOverride.Direction;
import io.nexusgraph.ingest.eventlog.EntityKind;
import java.util.List;

/**
 * The override rules in force for a run. Rules that contradict each other outright (the same pair
 * both together and apart) are refused here; a contradiction through a chain of rules is settled by
 * the resolver (apart wins) and recorded.
 */
public record Overrides(List<IdentityOverride> rules) {

  public Overrides {
    rules = List.copyOf(rules);
    for (int i = 0; i < rules.size(); i++) {
      for (int j = i + 1; j < rules.size(); j++) {
        IdentityOverride x = rules.get(i);
        IdentityOverride y = rules.get(j);
        if (x.direction() != y.direction() && x.samePair(y)) {
          throw new IllegalArgumentException(
              "overrides %d and %d put the same two %s identifiers (%s, %s) both together and"
                  + " apart; remove one of them"
                      .formatted(i + 1, j + 1, x.kind(), x.a().type(), x.b().type()));
        }
      }
    }
  }

  public static Overrides none() {
    return new Overrides(List.of());
  }

  public static Overrides of(IdentityOverride... rules) {
    return new Overrides(List.of(rules));
  }

  /** The rules of one kind and direction, in the order given. */
  public List<IdentityOverride> select(EntityKind kind, Direction direction) {
    return rules.stream().filter(r -> r.kind() == kind && r.direction() == direction).toList();
  }
}
