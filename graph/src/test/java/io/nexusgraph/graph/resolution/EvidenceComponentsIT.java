package io.nexusgraph.graph.resolution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.nexusgraph.graph.cypher.Cypher;
import io.nexusgraph.graph.identity.IdentifierKey;
import io.nexusgraph.graph.schema.GraphSchema;
import io.nexusgraph.testkit.NexusServers;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neo4j.driver.Driver;

/**
 * The native projection's components on a graph holding every shape resolution links or refuses to
 * link: chains, an excluded star hub (its spokes still link), an excluded spoke, evidence whose
 * consent was denied, a force-together override, a lone identifier.
 */
@ExtendWith(NexusServers.class)
class EvidenceComponentsIT {

  private final Driver driver;
  private final Scenario s;

  EvidenceComponentsIT(Driver driver) {
    GraphSchema.apply(driver);
    this.driver = driver;
    this.s = new Scenario(driver);
  }

  @AfterEach
  void cleanUp() {
    s.cleanUp();
  }

  @Test
  void excludedHubsDeniedEvidenceAndOverridesGiveTheExpectedPartition() {
    IdentifierKey u1 = s.id("user_id", "u1");
    IdentifierKey e1 = s.id("email", "e1");
    IdentifierKey p1 = s.id("phone", "p1");
    IdentifierKey hub = s.id("anonymous_id", "kiosk");
    IdentifierKey s1 = s.id("email", "s1");
    IdentifierKey s2 = s.id("email", "s2");
    IdentifierKey excludedSpoke = s.id("email", "s3");
    IdentifierKey d1 = s.id("email", "d1");
    IdentifierKey d2 = s.id("email", "d2");
    IdentifierKey t1 = s.id("email", "t1");
    IdentifierKey t2 = s.id("phone", "t2");
    IdentifierKey lone = s.id("email", "lone");
    s.load(
        s.recordOf("a", 0, u1, e1),
        s.recordOf("b", 1, e1, p1), // a chain: u1 - e1 - p1
        s.recordOf("c", 2, hub, s1, s2, excludedSpoke), // the hub will be excluded
        s.deniedRecordOf("d", 3, d1, d2), // evidence that may not link
        s.recordOf("e", 4, t1),
        s.recordOf("f", 5, t2),
        s.recordOf("g", 6, lone));
    Cypher.query(
        driver,
        "resolve/person-exclusions-set",
        Map.of(
            "rows",
            List.of(exclusion(hub, "shared_identifier"), exclusion(excludedSpoke, "blocked"))));
    List<Map<String, Object>> together =
        List.of(
            Map.of(
                "a_type",
                t1.type(),
                "a_value",
                t1.value(),
                "b_type",
                t2.type(),
                "b_value",
                t2.value()));

    Set<Set<IdentifierKey>> nativePartition =
        own(
            new EvidenceComponents(driver)
                .all("person", "nexus-it-native", together, new IdentifierTable(driver, "person")));

    assertThat(nativePartition)
        .containsExactlyInAnyOrder(
            Set.of(u1, e1, p1),
            Set.of(s1, s2),
            Set.of(d1),
            Set.of(d2),
            Set.of(t1, t2),
            Set.of(lone));
  }

  @Test
  void withoutExclusionsOnlyLinkableEvidenceJoins() {
    IdentifierKey a = s.id("email", "a");
    IdentifierKey b = s.id("phone", "b");
    IdentifierKey c = s.id("email", "c");
    IdentifierKey d = s.id("phone", "d");
    s.load(
        s.recordOf("a", 0, a, b), s.deniedRecordOf("b", 1, c, d), s.deniedRecordOf("c", 2, a, d));

    Set<Set<IdentifierKey>> nativePartition =
        own(
            new EvidenceComponents(driver)
                .all(
                    "person", "nexus-it-native", List.of(), new IdentifierTable(driver, "person")));

    assertThat(nativePartition).containsExactlyInAnyOrder(Set.of(a, b), Set.of(c), Set.of(d));
  }

  @Test
  void membersCarryTheirNodeIdPreviousEntityAndFirstSighting() {
    IdentifierKey a = s.id("email", "m1");
    IdentifierKey b = s.id("phone", "m2");
    s.load(s.recordOf("a", 0, a, b));
    assign("per_it_members", s.nodeId(a), a);

    List<Member> members =
        new EvidenceComponents(driver)
                .all("person", "nexus-it-native", List.of(), new IdentifierTable(driver, "person"))
                .stream()
                .filter(c -> c.stream().anyMatch(m -> m.key().equals(a)))
                .findFirst()
                .orElseThrow();

    assertThat(members)
        .extracting(Member::key, Member::previousId, Member::nodeId)
        .containsExactlyInAnyOrder(
            tuple(a, "per_it_members", s.nodeId(a)), tuple(b, null, s.nodeId(b)));
    assertThat(members).allMatch(m -> m.firstSeenAt().equals(Scenario.T0));
  }

  @Test
  void assignLeavesANodeWhoseIdNowHoldsAnotherIdentifier() {
    IdentifierKey a = s.id("email", "r1");
    IdentifierKey b = s.id("email", "r2");
    s.load(s.recordOf("a", 0, a), s.recordOf("b", 1, b));

    assign("per_it_reused", s.nodeId(b), a); // as if a were deleted and its id reused by b

    assertThat(entityOf(a)).isNull();
    assertThat(entityOf(b)).isNull();
  }

  /** Runs the assign statement for one identifier, given by node id and key. */
  private void assign(String entity, long nodeId, IdentifierKey key) {
    Map<String, Object> member = Map.of("id", nodeId, "type", key.type(), "value", key.value());
    Cypher.query(
        driver,
        "resolve/person-assign",
        Map.of("rows", List.of(Map.of("entity_id", entity, "members", List.of(member)))));
  }

  private Object entityOf(IdentifierKey key) {
    return driver
        .executableQuery(
            "MATCH (i:PersonIdentifier {type: $type, value: $value})"
                + " OPTIONAL MATCH (i)-[:IDENTIFIES]->(p:Person)"
                + " RETURN coalesce(i.entity_id, p.person_id) AS entity")
        .withParameters(Map.of("type", key.type(), "value", key.value()))
        .execute()
        .records()
        .getFirst()
        .get("entity")
        .asObject();
  }

  /** This scenario's components, as sets of keys (the server is shared with other tests). */
  private Set<Set<IdentifierKey>> own(List<List<Member>> components) {
    Set<Set<IdentifierKey>> own = new HashSet<>();
    for (List<Member> component : components) {
      Set<IdentifierKey> keys = new HashSet<>();
      component.stream()
          .map(Member::key)
          .filter(k -> k.value().endsWith(s.email("")))
          .forEach(keys::add);
      if (!keys.isEmpty()) {
        assertThat(keys).hasSameSizeAs(component);
        own.add(keys);
      }
    }
    return own;
  }

  private static Map<String, Object> exclusion(IdentifierKey key, String reason) {
    return Map.of("type", key.type(), "value", key.value(), "reason", reason, "detail", "test");
  }
}
