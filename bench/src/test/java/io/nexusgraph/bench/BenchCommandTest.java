package io.nexusgraph.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.util.IllegalFormatException;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Option;

class BenchCommandTest {

  /**
   * picocli renders descriptions with String.format: a bare '%' makes it print a warning and show
   * the raw text.
   */
  @Test
  void everyOptionDescriptionIsAValidFormatString() {
    int checked = 0;
    for (Field field : BenchCommand.class.getDeclaredFields()) {
      Option option = field.getAnnotation(Option.class);
      if (option == null) {
        continue;
      }
      for (String line : option.description()) {
        try {
          String.format(line);
        } catch (IllegalFormatException e) {
          throw new AssertionError(field.getName() + ": " + line + ": " + e.getMessage(), e);
        }
        checked++;
      }
    }
    assertTrue(checked > 10, "descriptions checked: " + checked);
  }

  @Test
  void settleOptionSaysPercentOfACore() {
    String usage = new CommandLine(new BenchCommand()).getUsageMessage();
    assertEquals(1, usage.split("under 5 % of a core", -1).length - 1);
  }
}
