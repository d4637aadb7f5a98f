package io.nexusgraph.bench.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.nexusgraph.graph.identity.IdentifierKey;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PairwiseQualityTest {

  private static final IdentifierKey A1 = new IdentifierKey("email", "a@x.io");
  private static final IdentifierKey A2 = new IdentifierKey("phone", "+100");
  private static final IdentifierKey A3 = new IdentifierKey("user_id", "a");
  private static final IdentifierKey B1 = new IdentifierKey("email", "b@x.io");
  private static final IdentifierKey B2 = new IdentifierKey("user_id", "b");
  private static final IdentifierKey SHARED = new IdentifierKey("email", "team@x.io");
  private static final IdentifierKey UNKNOWN = new IdentifierKey("anonymous_id", "u");

  /** True people: P1 = {A1, A2, A3}, P2 = {B1, B2}; SHARED is a shared inbox of both. */
  private static final Truth TRUTH =
      new Truth(
          Map.of(
              A1, Set.of("P1"),
              A2, Set.of("P1"),
              A3, Set.of("P1"),
              B1, Set.of("P2"),
              B2, Set.of("P2"),
              SHARED, Set.of("P1", "P2")),
          Map.of(SHARED, "shared_inbox"));

  @Test
  void scoresPairsFromTheContingencyOfPredictedAndTrueEntities() {
    // predicted: E1 = {A1, A2, B1, SHARED} (over-merged), A3 excluded, E3 = {B2, UNKNOWN}
    List<Prediction> predictions =
        List.of(
            new Prediction(A1, "E1", false),
            new Prediction(A2, "E1", false),
            new Prediction(B1, "E1", false),
            new Prediction(SHARED, "E1", false),
            new Prediction(A3, null, true),
            new Prediction(B2, "E3", false),
            new Prediction(UNKNOWN, "E3", false));

    Figures f = PairwiseQuality.measure("case", predictions, TRUTH);

    assertThat(f.identifiers()).isEqualTo(7);
    assertThat(f.scored()).isEqualTo(5);
    assertThat(f.ambiguous()).isEqualTo(1);
    assertThat(f.unknown()).isEqualTo(1);
    assertThat(f.scoredExcluded()).isEqualTo(1);
    // predicted pairs: E1 holds 3 scored ids = 3 pairs, of which only A1-A2 is true
    assertThat(f.predictedPairs()).isEqualTo(3);
    assertThat(f.truePositivePairs()).isEqualTo(1);
    // true pairs: P1 has 3 ids = 3 pairs, P2 has 2 = 1 pair
    assertThat(f.truePairs()).isEqualTo(4);
    assertThat(f.precision()).isCloseTo(1.0 / 3, within(1e-12));
    assertThat(f.recall()).isCloseTo(1.0 / 4, within(1e-12));
    assertThat(f.f1()).isCloseTo(2.0 / 7, within(1e-12));
    assertThat(f.trueEntities()).isEqualTo(2);
    assertThat(f.predictedEntities()).isEqualTo(3);
    assertThat(f.overMerged()).isEqualTo(2);
    assertThat(f.underMerged()).isEqualTo(2);
    assertThat(f.largestComponent()).as("E1 with the shared inbox").isEqualTo(4);
    assertThat(f.falsePairsByTypes()).isEqualTo(Map.of("email~email", 1L, "email~phone", 1L));
    assertThat(f.missedPairsByTypes()).isEqualTo(Map.of("email~user_id", 2L, "phone~user_id", 1L));
    assertThat(f.splitShapes())
        .isEqualTo(Map.of("[email, phone] | [user_id]", 1, "[email] | [user_id]", 1));
    assertThat(f.ambiguousByTrap()).isEqualTo(Map.of("shared_inbox", "0/1/0"));
  }

  @Test
  void aPerfectResolutionScoresOne() {
    List<Prediction> predictions =
        List.of(
            new Prediction(A1, "E1", false),
            new Prediction(A2, "E1", false),
            new Prediction(A3, "E1", false),
            new Prediction(B1, "E2", false),
            new Prediction(B2, "E2", false),
            new Prediction(SHARED, null, true));

    Figures f = PairwiseQuality.measure("perfect", predictions, TRUTH);

    assertThat(f.precision()).isEqualTo(1.0);
    assertThat(f.recall()).isEqualTo(1.0);
    assertThat(f.f1()).isEqualTo(1.0);
    assertThat(f.overMerged()).isZero();
    assertThat(f.underMerged()).isZero();
    assertThat(f.largestComponent()).isEqualTo(3);
    assertThat(f.ambiguousByTrap()).isEqualTo(Map.of("shared_inbox", "1/0/0"));
  }
}
