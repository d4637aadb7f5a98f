package io.nexusgraph.api.runtime;

/**
 * A server the service needs cannot be used. The message is one line for the operator: which
 * server, which address, what to check.
 */
public final class ServerUnavailableException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  ServerUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
