package io.nexusgraph.graph.resolution;

import static org.assertj.core.api.Assertions.assertThat;

import io.nexusgraph.graph.explain.Explainer;
import io.nexusgraph.graph.explain.Explanation;
import io.nexusgraph.graph.explain.Explanation.Hop;
import io.nexusgraph.graph.explain.Explanation.Obstacle;
import io.nexusgraph.graph.explain.Explanation.Verdict;
import io.nexusgraph.graph.identity.IdentifierKey;
import io.nexusgraph.graph.schema.GraphSchema;
import io.nexusgraph.ingest.eventlog.EntityKind;
import io.nexusgraph.testkit.NexusServers;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neo4j.driver.Driver;

/** "Why are these two the same person?" and "why not?", after a real resolution. */
@ExtendWith(NexusServers.class)
class ExplainIT {

  private final Scenario s;
  private final Explainer explainer;

  ExplainIT(Driver driver) {
    GraphSchema.apply(driver);
    this.s = new Scenario(driver);
    this.explainer = new Explainer(driver);
  }

  @AfterEach
  void cleanUp() {
    s.cleanUp();
  }

  @Test
  void theSamePersonComesWithEachHopOfEvidenceInOrder() {
    IdentifierKey a = s.id("email", "a");
    IdentifierKey b = s.id("phone", "b");
    IdentifierKey c = s.id("user_id", "c");
    s.load(s.recordOf("first", 1, a, b), s.recordOf("second", 2, b, c));
    s.resolve();

    Explanation why = explainer.explain(EntityKind.PERSON, a, c);

    assertThat(why.verdict()).isEqualTo(Verdict.SAME_ENTITY);
    assertThat(why.path())
        .containsExactly(
            new Hop(
                a,
                b,
                "edg_" + s.eventId("first"),
                "test",
                s.eventId("first"),
                Scenario.T0.plusSeconds(86_400)),
            new Hop(
                b,
                c,
                "edg_" + s.eventId("second"),
                "test",
                s.eventId("second"),
                Scenario.T0.plusSeconds(172_800)));
    assertThat(why.obstacles()).isEmpty();
  }

  @Test
  void usersOfASharedInboxAreApartBecauseOfTheInboxsExclusion() {
    IdentifierKey inbox = s.id("email", "help");
    List<IdentifierKey> users =
        List.of(
            s.id("user_id", "h1"),
            s.id("user_id", "h2"),
            s.id("user_id", "h3"),
            s.id("user_id", "h4"));
    for (int i = 0; i < users.size(); i++) {
      s.load(s.recordOf("login" + i, i, users.get(i), inbox));
    }
    s.resolve();

    Explanation why = explainer.explain(EntityKind.PERSON, users.get(0), users.get(1));

    assertThat(why.verdict()).isEqualTo(Verdict.DIFFERENT_ENTITIES);
    assertThat(why.obstacles())
        .containsExactly(
            new Obstacle(
                inbox, null, "shared_identifier", "linked to 4 user_id identifiers (limit 2)"));
  }

  @Test
  void aConsentDeniedRecordIsWhatKeepsTwoIdentifiersApart() {
    IdentifierKey a = s.id("email", "x");
    IdentifierKey b = s.id("email", "y");
    s.load(
        s.record("denied", 0, false, List.of(a.value(), b.value())),
        s.recordOf("x", 1, a),
        s.recordOf("y", 1, b));
    s.resolve();

    Explanation why = explainer.explain(EntityKind.PERSON, a, b);

    assertThat(why.verdict()).isEqualTo(Verdict.DIFFERENT_ENTITIES);
    assertThat(why.obstacles())
        .containsExactly(
            new Obstacle(
                null,
                "edg_" + s.eventId("denied"),
                "consent",
                "the record " + s.eventId("denied") + " from test denied consent"));
  }

  @Test
  void unrelatedIdentifiersAreApartWithNothingToBlame() {
    IdentifierKey a = s.id("email", "p");
    IdentifierKey b = s.id("email", "q");
    s.load(s.recordOf("p", 0, a), s.recordOf("q", 0, b));
    s.resolve();

    assertThat(explainer.explain(EntityKind.PERSON, a, b))
        .isEqualTo(new Explanation(Verdict.DIFFERENT_ENTITIES, List.of(), List.of()));
  }

  @Test
  void anUnknownIdentifierIsSaidToBeUnknown() {
    IdentifierKey known = s.id("email", "known");
    s.load(s.recordOf("k", 0, known));
    s.resolve();

    assertThat(explainer.explain(EntityKind.PERSON, known, s.id("email", "nobody")).verdict())
        .isEqualTo(Verdict.UNKNOWN_IDENTIFIER);
  }
}
