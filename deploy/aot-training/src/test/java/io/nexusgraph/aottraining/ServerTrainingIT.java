package io.nexusgraph.aottraining;

import static org.assertj.core.api.Assertions.assertThat;

import io.nexusgraph.embedded.AotCache;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** What the build's packaging of this module left in the server distribution. */
class ServerTrainingIT {

  @Test
  void theDistributionsCacheWasTrainedOnTheWorkloadAndFitsIt() {
    Path distribution = Path.of(System.getProperty("nexus.neo4j.home"));

    assertThat(AotCache.training(distribution)).isEqualTo(ServerTraining.NAME);
    assertThat(AotCache.upToDate(distribution)).isTrue();
  }
}
