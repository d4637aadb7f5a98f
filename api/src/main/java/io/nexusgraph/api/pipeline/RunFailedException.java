package io.nexusgraph.api.pipeline;

/** A run stopped with an error; its {@code runs} row says failed, with this message. */
public final class RunFailedException extends RuntimeException {
  RunFailedException(String message, Throwable cause) {
    super(message, cause);
  }
}
