package io.nexusgraph.ingest.source;

import io.nexusgraph.ingest.ConfigException;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;

/** The adapters found on the class path, by type name. */
public final class SourceAdapters {
  private SourceAdapters() {}

  public static Map<String, SourceAdapterFactory> available() {
    Map<String, SourceAdapterFactory> out = new TreeMap<>();
    for (SourceAdapterFactory f : ServiceLoader.load(SourceAdapterFactory.class)) {
      out.put(f.type(), f);
    }
    return out;
  }

  public static SourceAdapterFactory byType(String type) {
    SourceAdapterFactory f = available().get(type);
    if (f == null) {
      throw new ConfigException(
          "unknown source type '" + type + "'; available: " + available().keySet());
    }
    return f;
  }
}
