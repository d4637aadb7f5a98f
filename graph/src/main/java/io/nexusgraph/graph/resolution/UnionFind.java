package io.nexusgraph.graph.resolution;

/**
 * Disjoint sets over the integers {@code 0..n-1}: union by size and path halving, so a run over m
 * unions is near-linear. Joins what GDS WCC cannot see ({@link EvidenceComponents}); groups the
 * events the Bolt loader's writers must keep together ({@code DisjointBundles}); the bench's
 * in-memory lower bound for the components step.
 */
public final class UnionFind {

  private final int[] parent;
  private final int[] size;
  private int components;

  public UnionFind(int n) {
    if (n < 0) {
      throw new IllegalArgumentException("a union-find needs n >= 0 elements, got " + n);
    }
    parent = new int[n];
    size = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
      size[i] = 1;
    }
    components = n;
  }

  /** The representative of {@code x}'s set. */
  public int find(int x) {
    int i = x;
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  /** Joins the sets of {@code a} and {@code b}; returns false when they were already one. */
  public boolean union(int a, int b) {
    int ra = find(a);
    int rb = find(b);
    if (ra == rb) {
      return false;
    }
    if (size[ra] < size[rb]) {
      int t = ra;
      ra = rb;
      rb = t;
    }
    parent[rb] = ra;
    size[ra] += size[rb];
    components--;
    return true;
  }

  /** The number of disjoint sets. */
  public int components() {
    return components;
  }

  /** The number of elements in {@code x}'s set. */
  public int sizeOf(int x) {
    return size[find(x)];
  }
}
