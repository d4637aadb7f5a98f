package io.nexusgraph.bench.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class EventBatchesTest {

  @Test
  void eventsFollowTheContractAndEverySecondLacksItsTime() {
    EventBatches batches = new EventBatches("s", List.of("a@x.io", "b@y.io", "c@z.io"), 2);

    assertThat(batches.batch(4, 2))
        .isEqualTo(
            "{\"events\":["
                + "{\"source\":\"bench-api\",\"source_record_id\":\"s-4\","
                + "\"occurred_at\":\"2026-01-01T00:00:04Z\","
                + "\"event_name\":\"Page Viewed\",\"event_type\":\"page\","
                + "\"identifiers\":["
                + "{\"kind\":\"person\",\"edge\":\"visitor\",\"type\":\"anonymous_id\","
                + "\"value\":\"anon-s-1\"},"
                + "{\"kind\":\"person\",\"edge\":\"visitor\",\"type\":\"email\","
                + "\"value\":\"b@y.io\"}],"
                + "\"traits\":[{\"kind\":\"person\",\"edge\":\"visitor\",\"name\":\"last_page\","
                + "\"value\":\"/pricing\"}]},"
                + "{\"source\":\"bench-api\",\"source_record_id\":\"s-5\","
                + "\"event_name\":\"Page Viewed\",\"event_type\":\"page\","
                + "\"identifiers\":["
                + "{\"kind\":\"person\",\"edge\":\"visitor\",\"type\":\"anonymous_id\","
                + "\"value\":\"anon-s-1\"},"
                + "{\"kind\":\"person\",\"edge\":\"visitor\",\"type\":\"email\","
                + "\"value\":\"c@z.io\"}],"
                + "\"traits\":[{\"kind\":\"person\",\"edge\":\"visitor\",\"name\":\"last_page\","
                + "\"value\":\"/pricing\"}]}]}");
  }

  @Test
  void countsThePlantedRejectsOfAnyRange() {
    EventBatches everyThird = new EventBatches("s", List.of("a@x.io"), 3);
    // planted: 2, 5, 8, 11, ...
    assertThat(everyThird.rejectsIn(0, 3)).isEqualTo(1);
    assertThat(everyThird.rejectsIn(3, 4)).as("3..6 holds 5").isEqualTo(1);
    assertThat(everyThird.rejectsIn(0, 2)).isZero();
    assertThat(everyThird.rejectsIn(2, 10)).as("2..11: 2, 5, 8, 11").isEqualTo(4);
    assertThat(everyThird.batch(0, 3)).contains("\"s-1\",\"occurred_at\"");
    assertThat(everyThird.batch(0, 3)).contains("\"s-2\",\"event_name\"");

    EventBatches none = new EventBatches("s", List.of("a@x.io"), 0);
    assertThat(none.rejectsIn(0, 1000)).isZero();
    assertThat(none.batch(0, 3).split("\"occurred_at\"", -1)).as("3 times").hasSize(4);
  }
}
