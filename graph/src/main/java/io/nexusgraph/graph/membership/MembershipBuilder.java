package io.nexusgraph.graph.membership;

import io.nexusgraph.graph.cypher.Cypher;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Driver;

/**
 * Builds {@code (:Person)-[:MEMBER_OF {role, source, established_at, last_seen_at}]->(:Group)}
 * after both kinds are resolved. Per person and group: the latest observation's role and source (a
 * person promoted from member to owner is an owner), established at the first observation and last
 * seen at the latest; plus memberships inferred from corporate email domains ({@link
 * MembershipRules}). Memberships are recomputed per person, from all of the person's identifiers,
 * so a merge, a split or a new observation only needs the persons involved recomputed; a changed
 * group is turned into the persons it concerns by {@link #personsOf}.
 */
public final class MembershipBuilder {

  private final Driver driver;
  private final MembershipRules rules;

  public MembershipBuilder(Driver driver, MembershipRules rules) {
    this.driver = driver;
    this.rules = rules;
  }

  /**
   * Recomputes every membership of the given persons in one transaction; ids of persons that no
   * longer exist are skipped. Returns how many memberships they have.
   */
  public long build(List<String> personIds) {
    if (personIds.isEmpty()) {
      return 0;
    }
    Map<String, Object> parameters = parameters();
    parameters.put("ids", personIds);
    parameters.put("inferred_role", rules.inferredRole());
    parameters.put("inferred_source", rules.inferredSource());
    return Cypher.query(driver, "entities/person-memberships", parameters)
        .getFirst()
        .get("memberships")
        .asLong();
  }

  /**
   * The persons whose memberships may change because these groups changed: current members, persons
   * observed with one of the groups' identifiers, and (with inference on) persons with an email at
   * one of the groups' domains. Sorted.
   */
  public List<String> personsOf(List<String> groupIds) {
    if (groupIds.isEmpty()) {
      return List.of();
    }
    Map<String, Object> parameters = parameters();
    parameters.put("ids", groupIds);
    return Cypher.query(driver, "entities/group-member-persons", parameters).stream()
        .map(r -> r.get("id").asString())
        .toList();
  }

  private Map<String, Object> parameters() {
    Map<String, Object> parameters = new HashMap<>();
    parameters.put("infer", rules.inferFromEmailDomain());
    parameters.put("personal", List.copyOf(rules.personalDomains()));
    parameters.put("domain_type", MembershipRules.DOMAIN_TYPE);
    return parameters;
  }
}
