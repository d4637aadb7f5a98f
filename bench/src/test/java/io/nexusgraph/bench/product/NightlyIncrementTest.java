package io.nexusgraph.bench.product;

import static org.assertj.core.api.Assertions.assertThat;

import io.nexusgraph.bench.quality.Prediction;
import io.nexusgraph.bench.quality.Truth;
import io.nexusgraph.graph.identity.IdentifierKey;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NightlyIncrementTest {

  private static final IdentifierKey ANN_USER = new IdentifierKey("user_id", "u-ann");
  private static final IdentifierKey ANN_ANON = new IdentifierKey("anonymous_id", "a-ann");
  private static final IdentifierKey BOB_USER = new IdentifierKey("user_id", "u-bob");
  private static final IdentifierKey BOB_ANON = new IdentifierKey("anonymous_id", "a-bob");
  private static final IdentifierKey SHARED = new IdentifierKey("anonymous_id", "a-shared");
  private static final IdentifierKey KIOSK = new IdentifierKey("anonymous_id", "a-kiosk");

  private static final Truth TRUTH =
      new Truth(
          Map.of(
              ANN_USER, Set.of("p1"),
              ANN_ANON, Set.of("p1"),
              BOB_USER, Set.of("p2"),
              BOB_ANON, Set.of("p2"),
              SHARED, Set.of("p1", "p2"),
              KIOSK, Set.of("p2")),
          Map.of(KIOSK, "kiosk"));

  @Test
  void peopleAreTheIdentifiersWithOneOwnerAndNoTrapInKeyOrder() {
    assertThat(NightlyIncrement.knownPersons(TRUTH))
        .containsExactly(
            new Prediction(ANN_ANON, "p1", false),
            new Prediction(BOB_ANON, "p2", false),
            new Prediction(ANN_USER, "p1", false),
            new Prediction(BOB_USER, "p2", false));
  }

  @Test
  void writesTheEventsAndAConfigReadingOnlyThem(@TempDir Path tmp) throws IOException {
    Path config = NightlyIncrement.write(TRUTH, tmp.resolve("nightly"), 30, 7);

    assertThat(config).isEqualTo(tmp.resolve("nightly.yml"));
    assertThat(Files.readString(config))
        .contains("  - name: segment-increment\n    type: segment\n")
        .contains(tmp.resolve("nightly").resolve("segment").toAbsolutePath().toString());
    List<String> events =
        Files.readAllLines(tmp.resolve("nightly").resolve("segment").resolve("events.jsonl"));
    assertThat(events).hasSize(30);
    assertThat(String.join("\n", events)).doesNotContain("a-shared").doesNotContain("a-kiosk");
  }
}
