package io.nexusgraph.api.problem;

import io.micronaut.http.server.exceptions.response.Error;
import java.util.Optional;

/** A {@link FieldError} in the shape Micronaut's error processing passes around. */
record PathError(FieldError field) implements Error {

  static PathError of(String field, String message) {
    return new PathError(new FieldError(field, message));
  }

  @Override
  public Optional<String> getPath() {
    return Optional.of(field.field());
  }

  @Override
  public String getMessage() {
    return field.message();
  }
}
