package io.nexusgraph.embedded;

/**
 * An embedded server could not start. The message is one line meant for an operator: which server,
 * where, and what to check.
 */
public final class ServerStartException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public ServerStartException(String message) {
    super(message);
  }

  public ServerStartException(String message, Throwable cause) {
    super(message, cause);
  }
}
