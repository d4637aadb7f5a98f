package io.nexusgraph.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AotCacheTest {

  @Test
  void withoutACacheServersStartWithoutTheFlagAndTheBuildTrains(@TempDir Path distribution)
      throws Exception {
    Files.createDirectories(distribution.resolve("lib"));

    assertThat(AotCache.useFlags(distribution)).isEmpty();
    assertThat(AotCache.upToDate(distribution)).isFalse();
  }

  @Test
  void aCacheTheJvmWouldRefuseIsNotUpToDateButStillOffered(@TempDir Path distribution)
      throws Exception {
    Files.createDirectories(distribution.resolve("lib"));
    Files.writeString(distribution.resolve(AotCache.FILE), "not a cache");

    assertThat(AotCache.upToDate(distribution)).isFalse();
    // at run time the JVM skips a cache that does not fit, with a warning, so it is offered anyway
    assertThat(AotCache.useFlags(distribution))
        .containsExactly("-XX:AOTCache=" + distribution.toAbsolutePath().resolve(AotCache.FILE));
  }

  @Test
  void aCacheWithoutATrainingMarkerCountsAsTrainedOnAStart(@TempDir Path distribution)
      throws Exception {
    Files.writeString(distribution.resolve(AotCache.FILE), "cache");

    assertThat(AotCache.training(distribution)).isEqualTo(AotCache.START_TRAINING);

    Files.writeString(distribution.resolve(AotCache.FILE + ".training"), "workload-7\n");
    assertThat(AotCache.training(distribution)).isEqualTo("workload-7");
  }
}
