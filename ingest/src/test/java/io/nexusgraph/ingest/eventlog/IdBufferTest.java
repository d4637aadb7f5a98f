package io.nexusgraph.ingest.eventlog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IdBufferTest {

  @Test
  void aHeldBufferGivesTheIdsOfTheThreadsOwn() {
    IdBuffer buffer = new IdBuffer();
    String text = "evt_0123456789abcdef0123456789abcdef-Ünïcødé-\uD83D\uDE00" + "x".repeat(300);
    for (int i = 0; i <= text.length(); i += 7) {
      String first = text.substring(0, i);
      String rest = text.substring(i);
      Ids.Scope scope = buffer.scope(first);
      assertThat(buffer.of("e_", first, "tail")).isEqualTo(Ids.of("e_", first, "tail"));
      assertThat(scope.of("p_", "user", "email", rest, null))
          .isEqualTo(Ids.of("p_", first, "user", "email", rest, null));
      assertThat(scope.of("e_")).isEqualTo(Ids.of("e_", first));
    }
  }

  @Test
  void theSameArraysAreHandedOutWhileTheyAreLargeEnough() {
    IdBuffer buffer = new IdBuffer();
    char[] chars = buffer.chars(10);
    byte[] bytes = buffer.bytes(36);
    assertThat(buffer.chars(chars.length)).isSameAs(chars);
    assertThat(buffer.bytes(bytes.length)).isSameAs(bytes);
  }

  @Test
  void arraysGrowToWhatIsAskedButOnlyUpToTheBoundAreKept() {
    IdBuffer buffer = new IdBuffer();
    char[] grown = buffer.chars(1000);
    assertThat(grown.length).isGreaterThanOrEqualTo(1000).isLessThanOrEqualTo(IdBuffer.KEPT);
    assertThat(buffer.chars(1000)).isSameAs(grown);

    char[] huge = buffer.chars(IdBuffer.KEPT + 1);
    assertThat(huge.length).isEqualTo(IdBuffer.KEPT + 1);
    assertThat(buffer.chars(IdBuffer.KEPT + 1)).isNotSameAs(huge);
    assertThat(buffer.chars(1000)).isSameAs(grown);
  }
}
