package io.nexusgraph.api.lookup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.nexusgraph.api.problem.FieldError;
import io.nexusgraph.api.problem.ProblemException;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class CursorsTest {

  @Test
  void aTimelineCursorKeepsTheInstantToTheNanosecondAndTheEventId() {
    Instant at = Instant.parse("2026-01-13T00:00:00.123456Z");

    String cursor = Cursors.timeline(at, "evt_a|b");

    assertThat(cursor).matches("[A-Za-z0-9_-]+");
    assertThat(Cursors.timelineFrom(cursor)).isEqualTo(new Cursors.TimelinePosition(at, "evt_a|b"));
  }

  @Test
  void aKeyCursorKeepsTheKey() {
    assertThat(Cursors.keyFrom(Cursors.key("per_1"))).isEqualTo("per_1");
  }

  @Test
  void anythingElseIsA400OnTheCursorParameter() {
    String keyCursor = Cursors.key("per_1");
    String timelineCursor = Cursors.timeline(Instant.EPOCH, "evt_1");
    String forged = Base64.getUrlEncoder().withoutPadding().encodeToString("t1|x|0|evt".getBytes());

    for (Runnable decode :
        new Runnable[] {
          () -> Cursors.timelineFrom("not a cursor!"),
          () -> Cursors.timelineFrom(keyCursor),
          () -> Cursors.timelineFrom(forged),
          () -> Cursors.keyFrom(timelineCursor),
          () -> Cursors.keyFrom("")
        }) {
      assertThatThrownBy(decode::run)
          .isInstanceOfSatisfying(
              ProblemException.class,
              problem -> {
                assertThat(problem.status().getCode()).isEqualTo(400);
                assertThat(problem.errors())
                    .extracting(FieldError::field)
                    .containsExactly("cursor");
              });
    }
  }
}
