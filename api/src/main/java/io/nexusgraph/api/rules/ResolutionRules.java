package io.nexusgraph.api.rules;

import io.nexusgraph.graph.membership.MembershipRules;
import io.nexusgraph.graph.override.Overrides;
import io.nexusgraph.graph.resolution.Guardrails;
import io.nexusgraph.graph.traits.TraitRules;

/**
 * The identity rules a run applies: guardrails, trait source priorities, membership rules and
 * overrides. Read from the rules file (NEXUS_RULES) at the start of every run, so an edited rule
 * applies on the next run; anything the file leaves out keeps its shipped default.
 */
public record ResolutionRules(
    Guardrails guardrails, TraitRules traits, MembershipRules memberships, Overrides overrides) {

  public static ResolutionRules defaults() {
    return new ResolutionRules(
        Guardrails.defaults(), TraitRules.defaults(), MembershipRules.defaults(), Overrides.none());
  }
}
