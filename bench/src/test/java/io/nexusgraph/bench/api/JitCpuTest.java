package io.nexusgraph.bench.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JitCpuTest {

  @Test
  void onlyCompilerThreadsCountWithUserAndSystemTicks(@TempDir Path proc) throws IOException {
    thread(proc, 41, "C2 CompilerThre", 250, 10);
    thread(proc, 42, "C1 CompilerThre", 30, 2);
    thread(proc, 43, "default-eventLo", 900, 100);
    thread(proc, 44, "C", 7, 7);
    thread(proc, 45, "CompilerThreads", 7, 7);

    assertThat(JitCpu.ticks(proc, 4242)).isEqualTo(Map.of("41", 260L, "42", 32L));
  }

  @Test
  void secondsBetweenReadingsCountNewThreadsAndIgnoreEndedOnes() {
    Map<String, Long> before = Map.of("41", 100L, "42", 50L);
    Map<String, Long> after = Map.of("41", 350L, "43", 25L);

    assertThat(JitCpu.secondsBetween(before, after)).isEqualTo(2.75);
  }

  @Test
  void anUnreadableProcessHasNoCompilerThreads(@TempDir Path proc) {
    assertThat(JitCpu.ticks(proc, 4242)).isEmpty();
  }

  @Test
  void aRoundSettlesUnderFivePercentOfACore() {
    assertThat(WarmUp.settledAt(0.049)).isTrue();
    assertThat(WarmUp.settledAt(0.05)).isFalse();
    assertThat(WarmUp.settledAt(0.4)).isFalse();
  }

  private static void thread(Path proc, int tid, String name, long utime, long stime)
      throws IOException {
    Path task = Files.createDirectories(proc.resolve("4242/task/" + tid));
    Files.writeString(
        task.resolve("stat"),
        tid
            + " ("
            + name
            + ") S 1 4242 4242 0 -1 4194624 100 0 0 0 "
            + utime
            + " "
            + stime
            + " 0 0 20 0 30 0 1000 0 0\n");
  }
}
