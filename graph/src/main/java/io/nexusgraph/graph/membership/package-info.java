/**
 * Resolved memberships of persons in groups, from membership observations between their identifiers
 * and, when enabled, from corporate email domains ({@link
 * io.nexusgraph.graph.membership.MembershipRules}). Statements live in {@code cypher/entities/}.
 */
package io.nexusgraph.graph.membership;
