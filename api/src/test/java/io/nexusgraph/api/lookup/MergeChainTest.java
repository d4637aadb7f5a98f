package io.nexusgraph.api.lookup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.nexusgraph.api.problem.ProblemException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MergeChainTest {

  // a -> b -> c (c exists); x -> y (y is gone); loop1 -> loop2 -> loop1
  private static final Map<String, String> MERGED =
      Map.of("a", "b", "b", "c", "x", "y", "loop1", "loop2", "loop2", "loop1");
  private static final Set<String> EXISTING = Set.of("c", "d");

  private static ResolvedId follow(String id) {
    return MergeChain.follow(
        "person", id, EXISTING::contains, old -> Optional.ofNullable(MERGED.get(old)));
  }

  @Test
  void anExistingIdIsItself() {
    assertThat(follow("d")).isEqualTo(new ResolvedId("d", null, List.of()));
  }

  @Test
  void aMergedIdLeadsToTheSurvivorThroughEveryHop() {
    assertThat(follow("a")).isEqualTo(new ResolvedId("c", "a", List.of("a", "b", "c")));
    assertThat(follow("b")).isEqualTo(new ResolvedId("c", "b", List.of("b", "c")));
  }

  @Test
  void aChainEndingNowhereOrLoopingIs404() {
    assertThatThrownBy(() -> follow("x"))
        .isInstanceOf(ProblemException.class)
        .hasMessage("The person x was merged into y, which no longer exists.");
    assertThatThrownBy(() -> follow("loop1"))
        .isInstanceOf(ProblemException.class)
        .hasMessage("The person loop1 was merged into loop2, which no longer exists.");
    assertThatThrownBy(() -> follow("nobody"))
        .isInstanceOf(ProblemException.class)
        .hasMessage("No person nobody.");
  }
}
