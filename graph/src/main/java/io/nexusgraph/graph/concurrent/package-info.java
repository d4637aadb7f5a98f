/**
 * Running independent parts of one computation at once ({@link
 * io.nexusgraph.graph.concurrent.Parallel}): the load plan's row kinds, the bulk import's files,
 * the schema's constraints and the resolver's assign transactions.
 */
package io.nexusgraph.graph.concurrent;
