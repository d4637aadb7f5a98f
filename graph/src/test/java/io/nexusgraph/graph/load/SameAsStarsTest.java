package io.nexusgraph.graph.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.nexusgraph.ingest.eventlog.EntityKind;
import io.nexusgraph.ingest.eventlog.IdentifierObservation;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SameAsStarsTest {

  private static final Instant T = Instant.parse("2024-01-01T00:00:00Z");

  @Test
  void linksEveryOtherDistinctIdentifierToTheSmallestAsAStar() {
    List<SameAsStars.Edge> edges =
        SameAsStars.of(
            List.of(
                obs("e1", "phone", "+1", true, T),
                obs("e1", "email", "b@x", true, T),
                obs("e1", "email", "a@x", true, T.plusSeconds(5)),
                obs("e1", "email", "b@x", true, T),
                obs("e1", "user_id", "u1", true, T)));

    assertThat(edges)
        .extracting(e -> e.hub().value() + "->" + e.other().value())
        .containsExactly("a@x->b@x", "a@x->+1", "a@x->u1");
    assertThat(edges).allMatch(e -> e.edgeId().equals("e1") && e.linkable());
    assertThat(edges).allMatch(e -> e.occurredAt().equals(T) && e.eventId().equals("evt"));
  }

  @Test
  void aSingleIdentifierEdgeYieldsNothing() {
    assertThat(
            SameAsStars.of(
                List.of(obs("e1", "email", "a@x", true, T), obs("e1", "email", "a@x", true, T))))
        .isEmpty();
  }

  @Test
  void oneDeniedObservationMakesTheWholeEdgeUnlinkable() {
    List<SameAsStars.Edge> edges =
        SameAsStars.of(
            List.of(
                obs("e1", "email", "a@x", true, T),
                obs("e1", "phone", "+1", false, T),
                obs("e2", "email", "a@x", true, T),
                obs("e2", "user_id", "u1", true, T)));

    assertThat(edges)
        .extracting(e -> e.edgeId() + " " + e.other().value() + " " + e.linkable())
        .containsExactly("e1 +1 false", "e2 u1 true");
  }

  private static IdentifierObservation obs(
      String edge, String type, String value, boolean linkable, Instant at) {
    return new IdentifierObservation(
        "pio", EntityKind.PERSON, type, value, value, edge, "r", "src", at, "evt", linkable);
  }
}
