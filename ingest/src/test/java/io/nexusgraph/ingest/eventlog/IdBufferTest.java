package io.nexusgraph.ingest.eventlog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IdBufferTest {

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
