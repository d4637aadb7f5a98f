package io.nexusgraph.ingest.shopify;

import io.nexusgraph.ingest.source.CommonFields;
import io.nexusgraph.ingest.source.ConfigField;
import io.nexusgraph.ingest.source.JsonFileSource;
import io.nexusgraph.ingest.source.SourceAdapter;
import io.nexusgraph.ingest.source.SourceAdapterFactory;
import io.nexusgraph.ingest.source.SourceConfig;
import java.util.List;
import java.util.Set;

/** Registers the Shopify adapter under type {@code shopify}. */
public final class ShopifyAdapterFactory implements SourceAdapterFactory {
  @Override
  public String type() {
    return "shopify";
  }

  @Override
  public String description() {
    return "Shopify Admin API shop, customers and orders ({\"shop\":{}}, {\"customers\":[]},"
        + " {\"orders\":[]} responses, JSON arrays or JSONL)";
  }

  @Override
  public List<ConfigField<?>> configFields() {
    return List.of(CommonFields.PATHS);
  }

  @Override
  public SourceAdapter create(SourceConfig config) {
    return new JsonFileSource(
        config.get(CommonFields.PATHS), new ShopifyMapper(), Set.of("shop", "customer", "order"));
  }
}
