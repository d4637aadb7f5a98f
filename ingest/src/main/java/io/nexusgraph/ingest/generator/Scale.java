package io.nexusgraph.ingest.generator;

/**
 * How much data to generate, as a target number of events; people and companies follow from it.
 *
 * @param targetEvents roughly how many source records (events) to write
 */
public record Scale(String name, int targetEvents) {
  /** About 20k events: the demo default. */
  public static final Scale SMALL = new Scale("small", 20_000);

  /** About 200k events. */
  public static final Scale MEDIUM = new Scale("medium", 200_000);

  /** About 1M events. */
  public static final Scale LARGE = new Scale("large", 1_000_000);

  public Scale {
    if (targetEvents < 500) {
      throw new IllegalArgumentException("a scale needs at least 500 events, got " + targetEvents);
    }
  }

  public static Scale byName(String name) {
    return switch (name) {
      case "small" -> SMALL;
      case "medium" -> MEDIUM;
      case "large" -> LARGE;
      default ->
          throw new IllegalArgumentException(
              "unknown scale " + name + "; use small, medium or large");
    };
  }

  int people() {
    return Math.max(40, targetEvents / 26);
  }

  int companies() {
    return Math.max(4, people() / 10);
  }
}
