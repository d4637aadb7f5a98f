package io.nexusgraph.api.erasure;

/** An erasure could not be completed; what was already erased stays erased. */
public final class ErasureException extends RuntimeException {
  ErasureException(String message, Throwable cause) {
    super(message, cause);
  }
}
