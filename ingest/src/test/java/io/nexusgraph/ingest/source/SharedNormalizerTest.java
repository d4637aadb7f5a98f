package io.nexusgraph.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;

import io.nexusgraph.ingest.generator.DemoDataGenerator;
import io.nexusgraph.ingest.generator.GeneratedData;
import io.nexusgraph.ingest.generator.Scale;
import io.nexusgraph.ingest.normalize.NormalizationConfig;
import io.nexusgraph.ingest.normalize.Normalizer;
import io.nexusgraph.ingest.testing.AdapterRun;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run's sources read with one shared normaliser give what they give with one each. */
class SharedNormalizerTest {
  private static final Scale TINY = new Scale("tiny", 2_000);

  @TempDir Path dir;

  @Test
  void sharingOneNormalizerAcrossSourcesChangesNoOutput() throws IOException {
    GeneratedData data = new DemoDataGenerator(7, TINY).writeTo(dir);
    NormalizationConfig defaults = NormalizationConfig.defaults();
    NormalizationConfig tinyCaches =
        NormalizationConfig.load(
            new StringReader(
                "cache_entries: {email: 2, phone: 2, domain: 2, corporate_domain: 2}\n"));
    List<String> separate = readAll(data, source -> new Normalizer(defaults));
    Normalizer shared = new Normalizer(defaults);
    Normalizer sharedTiny = new Normalizer(tinyCaches);

    assertThat(separate.size()).isGreaterThan(1_500);
    assertThat(readAll(data, source -> shared)).isEqualTo(separate);
    assertThat(readAll(data, source -> sharedTiny)).isEqualTo(separate);
  }

  /** Every source in name order; each batch and reject as its record's text. */
  private static List<String> readAll(GeneratedData data, Function<String, Normalizer> normalizer) {
    List<String> out = new ArrayList<>();
    for (String source : new TreeSet<>(data.recordsPerSource().keySet())) {
      IngestContext ctx =
          new IngestContext(
              source,
              normalizer.apply(source),
              AdapterRun.CLOCK,
              b -> out.add(b.toString()),
              r -> out.add(r.toString()));
      SourceAdapters.byType(source)
          .create(Map.of("paths", data.directory().resolve(source).toString()))
          .read(Checkpoint.EMPTY, ctx);
    }
    return out;
  }
}
