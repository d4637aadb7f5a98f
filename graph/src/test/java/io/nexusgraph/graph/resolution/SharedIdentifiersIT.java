package io.nexusgraph.graph.resolution;

import static org.assertj.core.api.Assertions.assertThat;

import io.nexusgraph.graph.identity.IdentifierKey;
import io.nexusgraph.graph.resolution.Exclusion.Reason;
import io.nexusgraph.graph.resolution.Guardrails.SharedLimit;
import io.nexusgraph.graph.schema.GraphSchema;
import io.nexusgraph.testkit.NexusServers;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neo4j.driver.Driver;

/**
 * The shared-identifier rule counted two ways: in Java over the whole graph (runs that resolve
 * everything) and by the Cypher statement scoped runs use. Both must name the same identifiers with
 * the same counts, whatever the shape of the stars.
 */
@ExtendWith(NexusServers.class)
class SharedIdentifiersIT {

  private static final Guardrails LIMITS =
      new Guardrails(
          List.of(
              new SharedLimit("email", "user_id", 1),
              new SharedLimit("email", "phone", 0),
              new SharedLimit("user_id", "email", 1)),
          List.of(),
          List.of(),
          Blocklist.none(),
          1_000);
  private static final EnumSet<Reason> STRONGER =
      EnumSet.of(Reason.ERASED, Reason.BLOCKED_VALUE, Reason.CONSENT);

  private final Driver driver;
  private final Scenario s;

  SharedIdentifiersIT(Driver driver) {
    GraphSchema.apply(driver);
    this.driver = driver;
    this.s = new Scenario(driver, LIMITS);
  }

  @AfterEach
  void cleanUp() {
    s.cleanUp();
  }

  @Test
  void theWholeGraphCountAndTheScopedQueryAgree() {
    IdentifierKey inbox = s.id("email", "inbox");
    IdentifierKey other = s.id("email", "other");
    IdentifierKey u1 = s.id("user_id", "u1");
    IdentifierKey u2 = s.id("user_id", "u2");
    IdentifierKey blocked = s.id("user_id", "u3");
    IdentifierKey denied = s.id("user_id", "u4");
    s.load(
        s.recordOf("a", 0, u1, inbox), // the inbox is the hub
        s.recordOf("b", 1, u2, inbox),
        // the anonymous id is the hub: the inbox and u3 are spokes of one star
        s.recordOf("c", 2, s.id("anonymous_id", "x"), blocked, inbox),
        s.recordOf("d", 3, inbox, s.id("phone", "p")),
        s.deniedRecordOf("e", 4, denied, inbox), // never links, so never counts
        s.recordOf("f", 5, u1, other));
    driver
        .executableQuery(
            "MATCH (i:PersonIdentifier {type: $type, value: $value})"
                + " SET i.excluded = true, i.excluded_reason = 'blocked_value'")
        .withParameters(Map.of("type", blocked.type(), "value", blocked.value()))
        .execute();

    Map<IdentifierKey, Exclusion> javaCount =
        own(
            new SharedIdentifiers(driver, LIMITS)
                .findAll("person", STRONGER, new IdentifierTable(driver, "person")));

    assertThat(javaCount)
        .isEqualTo(
            Map.of(
                inbox,
                Exclusion.of(
                    inbox,
                    Reason.SHARED_IDENTIFIER,
                    "linked to 1 phone identifiers (limit 0);"
                        + " linked to 2 user_id identifiers (limit 1)"),
                u1,
                Exclusion.of(
                    u1, Reason.SHARED_IDENTIFIER, "linked to 2 email identifiers (limit 1)")));
    assertThat(own(scopedCount(Integer.MAX_VALUE))).as("one read").isEqualTo(javaCount);
    assertThat(own(scopedCount(1))).as("two reads at once").isEqualTo(javaCount);
  }

  /**
   * The scoped count with this scenario's identifiers in scope, in parts of at least {@code
   * minPerRead}. By type, two parts hold the anonymous id, the emails and the phone, then the four
   * user ids: the inbox is counted by the first, u1 by the second.
   */
  private Map<IdentifierKey, Exclusion> scopedCount(int minPerRead) {
    List<String> everyIdentifier =
        driver
            .executableQuery(
                "MATCH (i:PersonIdentifier) WHERE i.value ENDS WITH $suffix"
                    + " RETURN elementId(i) AS id ORDER BY i.type, i.value")
            .withParameters(Map.of("suffix", s.email("")))
            .execute()
            .records()
            .stream()
            .map(r -> r.get("id").asString())
            .toList();
    return new SharedIdentifiers(driver, LIMITS)
        .findScoped("person", STRONGER, everyIdentifier, minPerRead);
  }

  /** Only this scenario's identifiers: the graph is shared with other tests. */
  private Map<IdentifierKey, Exclusion> own(Map<IdentifierKey, Exclusion> all) {
    Map<IdentifierKey, Exclusion> own = new TreeMap<>();
    all.forEach(
        (key, exclusion) -> {
          if (key.value().endsWith(s.email(""))) {
            own.put(key, exclusion);
          }
        });
    return own;
  }
}
