/**
 * Partitions of plain values: disjoint sets ({@link io.nexusgraph.graph.partition.UnionFind}) and
 * the split of write rows into lanes that lock no node in common ({@link
 * io.nexusgraph.graph.partition.DisjointLanes}).
 */
package io.nexusgraph.graph.partition;
