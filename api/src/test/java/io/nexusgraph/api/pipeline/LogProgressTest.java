package io.nexusgraph.api.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class LogProgressTest {

  private final Logger logger = (Logger) LoggerFactory.getLogger(LogProgress.class);
  private final ListAppender<ILoggingEvent> lines = new ListAppender<>();

  @BeforeEach
  void listen() {
    lines.start();
    logger.addAppender(lines);
  }

  @AfterEach
  void stop() {
    logger.detachAppender(lines);
  }

  @Test
  void theLastLineNamesTheStageItsUnitsAndTheirCount() {
    try (Progress.Stage stage = Progress.logLines().stage("resolve", 3, "steps")) {
      stage.step(1);
      stage.step(2);
    }

    assertThat(lines.list).singleElement();
    assertThat(lines.list.getFirst().getFormattedMessage())
        .matches("resolve: done, 3 steps in \\d+ ms, \\d+\\.\\d steps/s");
  }
}
