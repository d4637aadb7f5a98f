package io.nexusgraph.ingest.source;

import java.util.function.Function;
import java.util.function.Predicate;

/**
 * One setting of an adapter, self-describing so that the CLI and docs can list it and a bad value
 * fails fast with a message that says what to change.
 *
 * @param defaultValue the raw default, or null when the field is required
 * @param parser turns the raw string into a value; may throw {@link IllegalArgumentException}
 * @param validation checks the parsed value
 * @param rule describes what {@code validation} accepts, for error messages
 */
public record ConfigField<T>(
    String name,
    String defaultValue,
    String description,
    Function<String, T> parser,
    Predicate<T> validation,
    String rule) {

  public static ConfigField<String> string(String name, String defaultValue, String description) {
    return new ConfigField<>(name, defaultValue, description, s -> s, s -> true, "any text");
  }

  public boolean required() {
    return defaultValue == null;
  }
}
