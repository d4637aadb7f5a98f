package io.nexusgraph.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.nexusgraph.bench.pipeline.LoadPath;
import io.nexusgraph.ingest.generator.Scale;
import org.junit.jupiter.api.Test;

class LoadPathTest {

  @Test
  void autoBulkImportsOnlyTheLargeScale() {
    assertThat(LoadPath.AUTO.bulk(Scale.SMALL)).isFalse();
    assertThat(LoadPath.AUTO.bulk(Scale.MEDIUM)).isFalse();
    assertThat(LoadPath.AUTO.bulk(Scale.LARGE)).isTrue();
  }

  @Test
  void boltAndBulkAreWhatTheySay() {
    assertThat(LoadPath.BOLT.bulk(Scale.LARGE)).isFalse();
    assertThat(LoadPath.BULK.bulk(Scale.SMALL)).isTrue();
  }
}
