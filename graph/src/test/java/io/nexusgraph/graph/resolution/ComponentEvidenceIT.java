package io.nexusgraph.graph.resolution;

import static org.assertj.core.api.Assertions.assertThat;

import io.nexusgraph.graph.identity.IdentifierKey;
import io.nexusgraph.graph.resolution.ComponentEvidence.Linked;
import io.nexusgraph.graph.resolution.Exclusion.Reason;
import io.nexusgraph.graph.schema.GraphSchema;
import io.nexusgraph.testkit.NexusServers;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neo4j.driver.Driver;

/** The evidence of a set of identifiers, read at once or in two reads at the same time. */
@ExtendWith(NexusServers.class)
class ComponentEvidenceIT {

  private final Driver driver;
  private final Scenario s;

  ComponentEvidenceIT(Driver driver) {
    GraphSchema.apply(driver);
    this.driver = driver;
    this.s = new Scenario(driver);
  }

  @AfterEach
  void cleanUp() {
    s.cleanUp();
  }

  @Test
  void twoReadsAtOnceFindTheRecordsOneReadFindsOnlyRepeatingThoseTheyShare() {
    IdentifierKey u1 = s.id("user_id", "u1");
    IdentifierKey email = s.id("email", "a");
    IdentifierKey phone = s.id("phone", "p");
    IdentifierKey u2 = s.id("user_id", "u2");
    s.load(
        s.recordOf("signup", 1, u1, email),
        s.recordOf("order", 2, email, phone),
        s.recordOf("call", 3, phone, u2),
        s.recordOf("visit", 4, u2));
    List<Long> ids = nodeIds(u1, email, phone, u2);

    List<Linked> one = new ArrayList<>();
    new ComponentEvidence(driver, Integer.MAX_VALUE).read("person", ids, one::add);
    List<Linked> two = new ArrayList<>();
    new ComponentEvidence(driver, 1).read("person", ids, two::add);

    Map<String, List<Long>> byEdge = byEdge(one);
    assertThat(byEdge.values())
        .containsExactlyInAnyOrder(pair(u1, email), pair(email, phone), pair(phone, u2));
    assertThat(one).hasSize(3);
    assertThat(byEdge(two)).isEqualTo(byEdge);
    // the reads are u1 + email and phone + u2: only the order record touches both
    assertThat(two).hasSize(4);
  }

  @Test
  void anExcludedIdentifierIsNoMemberOfItsRecordsANotedOneStaysOne() {
    IdentifierKey u1 = s.id("user_id", "u1");
    IdentifierKey blocked = s.id("email", "b");
    IdentifierKey noted = s.id("phone", "n");
    IdentifierKey anonymous = s.id("anonymous_id", "x");
    s.load(s.recordOf("signup", 1, u1, blocked, noted), s.recordOf("visit", 2, blocked, anonymous));
    ExclusionMarks.read(driver, "person")
        .apply(
            Set.of(Reason.BLOCKED_VALUE, Reason.TYPE_LIMIT),
            Map.of(
                blocked, Exclusion.of(blocked, Reason.BLOCKED_VALUE, "blocked in this test"),
                noted, Exclusion.of(noted, Reason.TYPE_LIMIT, "noted in this test")),
            key -> true);

    List<Linked> read = new ArrayList<>();
    new ComponentEvidence(driver).read("person", nodeIds(u1, blocked, noted, anonymous), read::add);

    // the visit is left with one member that may link: no record
    assertThat(byEdge(read).values()).containsExactly(pair(u1, noted));
  }

  private Map<String, List<Long>> byEdge(List<Linked> records) {
    Map<String, List<Long>> byEdge = new TreeMap<>();
    for (Linked r : records) {
      byEdge.put(r.edgeId(), Arrays.stream(r.members()).sorted().boxed().toList());
    }
    return byEdge;
  }

  private List<Long> pair(IdentifierKey a, IdentifierKey b) {
    return nodeIds(a, b).stream().sorted().toList();
  }

  private List<Long> nodeIds(IdentifierKey... keys) {
    return Arrays.stream(keys).map(s::nodeId).toList();
  }
}
