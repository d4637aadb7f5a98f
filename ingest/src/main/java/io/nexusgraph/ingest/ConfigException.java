package io.nexusgraph.ingest;

/** Invalid configuration: the message names the setting, the problem and what to change. */
public final class ConfigException extends IngestException {
  public ConfigException(String message) {
    super(message);
  }

  public ConfigException(String message, Throwable cause) {
    super(message, cause);
  }
}
