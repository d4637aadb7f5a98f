package io.nexusgraph.graph.partition;

import java.util.Arrays;

/**
 * Disjoint sets over the integers {@code 0..n-1}, growing by {@link #add}: union by size and path
 * halving, so a run over m unions is near-linear. Joins what GDS WCC cannot see ({@link
 * EvidenceComponents}); continues the last run's components in an incremental one ({@link
 * RegionComponents}); groups the rows that concurrent writers must keep in one lane ({@link
 * DisjointLanes}); the bench's in-memory lower bound for the components step.
 */
public final class UnionFind {

  private int[] parent;
  private int[] size;
  private int elements;
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
    elements = n;
    components = n;
  }

  /** Adds an element in a set of its own; returns it ({@code n}, then {@code n + 1}, ...). */
  public int add() {
    if (elements == parent.length) {
      int capacity = Math.max(16, elements * 2);
      parent = Arrays.copyOf(parent, capacity);
      size = Arrays.copyOf(size, capacity);
    }
    int x = elements++;
    parent[x] = x;
    size[x] = 1;
    components++;
    return x;
  }

  /** The number of elements. */
  public int elements() {
    return elements;
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
