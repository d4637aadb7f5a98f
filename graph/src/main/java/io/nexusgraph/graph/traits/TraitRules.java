package io.nexusgraph.graph.traits;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which observation of a trait becomes an entity's value, as data. By default the latest
 * observation wins: people change titles and companies change size, so the newest statement is the
 * best guess. Some traits are better curated in some systems than others (a name typed into a CRM
 * or a billing record beats the display name in an email header), so a trait name may list sources
 * from most to least trusted: an observation from a listed source beats any from a source listed
 * later or not at all, and recency decides only among equally ranked sources. Remaining ties are
 * broken by the smaller source, then the smaller value, then the observation id, so the same data
 * always gives the same winner.
 *
 * @param sourcePriority trait name → sources, most trusted first; names not listed use recency
 */
public record TraitRules(Map<String, List<String>> sourcePriority) {

  public TraitRules {
    Map<String, List<String>> copy = new LinkedHashMap<>();
    sourcePriority.forEach(
        (name, sources) -> {
          if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("trait rules: a source priority has no trait name");
          }
          Set<String> seen = new HashSet<>();
          for (String source : sources) {
            if (source == null || source.isBlank() || !seen.add(source)) {
              throw new IllegalArgumentException(
                  "trait rules: the source priority of '%s' must list distinct, non-blank sources, was %s"
                      .formatted(name, sources));
            }
          }
          copy.put(name, List.copyOf(sources));
        });
    sourcePriority = Map.copyOf(copy);
  }

  /**
   * The shipped rules: a person's or group's {@code name} is trusted from curated systems first
   * (crm, then billing and commerce records, then product analytics), before names taken from
   * calendar invites and email headers; every other trait: the latest observation wins.
   */
  public static TraitRules defaults() {
    return new TraitRules(
        Map.of("name", List.of("crm", "stripe", "shopify", "segment", "calendar", "gmail")));
  }

  /** No source priorities: the latest observation of every trait wins. */
  public static TraitRules latestWins() {
    return new TraitRules(Map.of());
  }
}
