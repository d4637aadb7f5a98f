package io.nexusgraph.api.info;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The version of this build of Nexus Graph, as Maven stamped it. */
public final class NexusVersion {

  private static final String VERSION = load();

  private NexusVersion() {}

  public static String get() {
    return VERSION;
  }

  private static String load() {
    try (InputStream in = NexusVersion.class.getResourceAsStream("/nexus-version.properties")) {
      Properties properties = new Properties();
      if (in != null) {
        properties.load(in);
      }
      return properties.getProperty("version", "unknown");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
