package io.nexusgraph.graph.cypher;

import java.util.ArrayList;
import java.util.List;

/** Cuts a list parameter into pages, so that one statement never receives an unbounded list. */
public final class Pages {

  /** Ids per {@code UNWIND $ids} statement. */
  public static final int SIZE = 10_000;

  private Pages() {}

  /** Views of {@code items} of at most {@link #SIZE} elements each, in order; none when empty. */
  public static <T> List<List<T>> of(List<T> items) {
    List<List<T>> pages = new ArrayList<>();
    for (int from = 0; from < items.size(); from += SIZE) {
      pages.add(items.subList(from, Math.min(items.size(), from + SIZE)));
    }
    return pages;
  }
}
