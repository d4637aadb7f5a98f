package io.nexusgraph.api.runtime;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/** One HTTP answer: status, media type and body, with the body parsed for exact comparison. */
public record Answer(
    int status,
    String contentType,
    @Nullable String wwwAuthenticate,
    String body,
    JsonMapper mapper) {

  /** The body as plain maps, lists, strings, numbers, booleans and nulls. */
  public Object json() {
    return parse(body);
  }

  @SuppressWarnings("unchecked")
  public Map<String, Object> object() {
    return (Map<String, Object>) json();
  }

  @SuppressWarnings("unchecked")
  public List<Object> list(String field) {
    return (List<Object>) object().get(field);
  }

  /** {@code expected} JSON text parsed the same way, for an equality assertion. */
  public Object parse(String text) {
    try {
      return mapper.readValue(text, Object.class);
    } catch (IOException e) {
      throw new UncheckedIOException("not JSON: " + text, e);
    }
  }

  @Override
  public String toString() {
    return status + " " + contentType + " " + body;
  }
}
