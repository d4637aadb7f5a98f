package io.nexusgraph.graph.resolution;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Identifier values that must never link, applied by the resolver to the identifiers already in the
 * graph. Ingest blocks values before they reach the event log; this graph-side list is for a value
 * found to be junk after it was loaded (a placeholder phone, a QA address): adding it here excludes
 * it on the next run, and any entity it had glued together splits.
 *
 * @param values exact values per identifier type, compared with the stored (normalised) value
 * @param patterns Java regular expressions per identifier type ({@code *} for every type), matched
 *     against the whole stored value (Cypher {@code =~})
 */
public record Blocklist(List<Value> values, List<Regex> patterns) {

  public Blocklist {
    values = List.copyOf(values);
    patterns = List.copyOf(patterns);
  }

  /** One blocked value of one identifier type. */
  public record Value(String type, String value) {
    public Value {
      Objects.requireNonNull(type, "blocked value: identifier type is required");
      Objects.requireNonNull(value, "blocked value: value is required");
    }
  }

  /** A blocked pattern for one identifier type, or {@code *} for all of them. */
  public record Regex(String type, String regex) {
    public Regex {
      Objects.requireNonNull(type, "blocked pattern: identifier type (or *) is required");
      Objects.requireNonNull(regex, "blocked pattern: regex is required");
      try {
        Pattern.compile(regex);
      } catch (PatternSyntaxException e) {
        throw new IllegalArgumentException(
            "blocked pattern for " + type + " is not a valid regular expression: " + e.getMessage(),
            e);
      }
    }
  }

  public static Blocklist none() {
    return new Blocklist(List.of(), List.of());
  }

  public boolean isEmpty() {
    return values.isEmpty() && patterns.isEmpty();
  }
}
