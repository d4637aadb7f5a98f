package io.nexusgraph.bench.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.nexusgraph.bench.quality.Truth;
import io.nexusgraph.graph.identity.IdentifierKey;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LookupSampleTest {

  private static final IdentifierKey A = new IdentifierKey("email", "a@x.io");
  private static final IdentifierKey B = new IdentifierKey("phone", "+15551230001");
  private static final IdentifierKey C = new IdentifierKey("email", "c@x.io");
  private static final IdentifierKey D = new IdentifierKey("user_id", "u-4");

  private static final Truth TRUTH =
      new Truth(
          Map.of(
              A,
              Set.of("p-1"),
              B,
              Set.of("p-1"),
              C,
              Set.of("p-2"),
              D,
              Set.of("p-3"),
              new IdentifierKey("email", "team@x.io"),
              Set.of("p-1", "p-2"),
              new IdentifierKey("email", "front@x.io"),
              Set.of("p-2"),
              new IdentifierKey("email", "test@test.com"),
              Set.of()),
          Map.of(new IdentifierKey("email", "front@x.io"), "kiosk"));

  @Test
  void takesIdentifiersWithOneOwnerAndNoTrapInASeededOrder() {
    List<IdentifierKey> sample = LookupSample.of(TRUTH, 7);

    assertThat(sample).containsExactlyInAnyOrder(A, B, C, D);
    assertThat(LookupSample.of(TRUTH, 7)).as("same seed, same order").isEqualTo(sample);
    // the order depends on the seed only, not on the map's iteration order
    assertThat(LookupSample.of(new Truth(new HashMap<>(TRUTH.owners()), TRUTH.traps()), 7))
        .isEqualTo(sample);
    assertThat(LookupSample.emails(sample))
        .containsExactlyElementsOf(
            sample.stream()
                .filter(k -> k.type().equals("email"))
                .map(IdentifierKey::value)
                .toList())
        .containsExactlyInAnyOrder("a@x.io", "c@x.io");
  }

  @Test
  void aTruthWithNothingToLookUpIsAnError() {
    Truth traps = new Truth(Map.of(A, Set.of("p-1", "p-2")), Map.of());

    assertThatThrownBy(() -> LookupSample.of(traps, 7))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("no person identifier with one owner");
    assertThatThrownBy(() -> LookupSample.emails(List.of(B)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("no email");
  }
}
