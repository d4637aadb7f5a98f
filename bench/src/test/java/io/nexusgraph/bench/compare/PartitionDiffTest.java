package io.nexusgraph.bench.compare;

import static org.assertj.core.api.Assertions.assertThat;

import io.nexusgraph.graph.identity.IdentifierKey;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PartitionDiffTest {

  private static final IdentifierKey A = new IdentifierKey("email", "a@x.io");
  private static final IdentifierKey B = new IdentifierKey("phone", "+1");
  private static final IdentifierKey C = new IdentifierKey("user_id", "c");
  private static final IdentifierKey D = new IdentifierKey("user_id", "d");

  @Test
  void samePartitionUnderOtherLabelsIsEqual() {
    Partition ours = new Partition(Map.of(A, "p1", B, "p1", C, "p2"));
    Partition theirs = new Partition(Map.of(A, "9", B, "9", C, "7"));

    assertThat(PartitionDiff.compare(ours, theirs))
        .isEqualTo(new PartitionDiff(3, 2, 2, 0, 0, true));
  }

  @Test
  void countsSplitAndMergedEntities() {
    // ours: {A, B, C} {D}; theirs: {A} {B, C, D}
    Partition ours = new Partition(Map.of(A, "p1", B, "p1", C, "p1", D, "p2"));
    Partition theirs = new Partition(Map.of(A, "1", B, "2", C, "2", D, "2"));

    assertThat(PartitionDiff.compare(ours, theirs))
        .isEqualTo(new PartitionDiff(4, 2, 2, 1, 1, false));
  }

  @Test
  void anIdentifierOneSideDoesNotKnowIsAlone() {
    // ours: {A, B}; theirs knows only A: B is alone there, so ours is split
    Partition ours = new Partition(Map.of(A, "p1", B, "p1"));
    Partition theirs = new Partition(Map.of(A, "1"));

    assertThat(PartitionDiff.compare(ours, theirs))
        .isEqualTo(new PartitionDiff(2, 1, 2, 1, 0, false));
  }
}
