package io.nexusgraph.graph.partition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class DisjointLanesTest {

  /** A row: its name, then the keys it locks. */
  private static List<String> row(String... nameAndKeys) {
    return List.of(nameAndKeys);
  }

  private static List<String> keys(List<String> row) {
    return row.subList(1, row.size());
  }

  @Test
  void rowsThatShareAKeyDirectlyOrThroughOthersShareALane() {
    List<List<String>> rows =
        List.of(
            row("r1", "a"), row("r2", "b"), row("r3", "a", "p"), row("r4", "p"), row("r5", "c"));

    assertThat(names(DisjointLanes.split(rows, DisjointLanesTest::keys, 2)))
        .containsExactly(List.of("r1", "r3", "r4"), List.of("r2", "r5"));
  }

  @Test
  void biggestGroupsGoFirstToTheLeastLoadedLaneKeepingTheInputOrder() {
    List<List<String>> rows =
        List.of(
            row("r1", "x"),
            row("r2", "y"),
            row("r3", "y"),
            row("r4", "z"),
            row("r5", "y"),
            row("r6", "w"));

    assertThat(names(DisjointLanes.split(rows, DisjointLanesTest::keys, 3)))
        .containsExactly(List.of("r2", "r3", "r5"), List.of("r1", "r6"), List.of("r4"));
  }

  @Test
  void rowsWithoutKeysAreGroupsOfTheirOwn() {
    List<List<String>> rows = List.of(row("r1"), row("r2"), row("r3", "a"), row("r4", "a"));

    assertThat(names(DisjointLanes.split(rows, DisjointLanesTest::keys, 2)))
        .containsExactly(List.of("r3", "r4"), List.of("r1", "r2"));
  }

  @Test
  void oneLaneOrOneRowIsTheInputAndNoRowsIsNoLane() {
    List<List<String>> rows = List.of(row("r1", "a"), row("r2", "b"));

    assertThat(DisjointLanes.split(rows, DisjointLanesTest::keys, 1)).containsExactly(rows);
    assertThat(DisjointLanes.split(rows.subList(0, 1), DisjointLanesTest::keys, 4))
        .containsExactly(rows.subList(0, 1));
    assertThat(DisjointLanes.split(List.<List<String>>of(), DisjointLanesTest::keys, 4)).isEmpty();
    assertThat(names(DisjointLanes.split(rows, DisjointLanesTest::keys, 8)))
        .containsExactly(List.of("r1"), List.of("r2"));
    assertThatThrownBy(() -> DisjointLanes.split(rows, DisjointLanesTest::keys, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("parts must be positive: 0");
  }

  private static List<List<String>> names(List<List<List<String>>> lanes) {
    return lanes.stream().map(lane -> lane.stream().map(List::getFirst).toList()).toList();
  }
}
