package io.nexusgraph.ingest.stripe;

import io.nexusgraph.ingest.source.CommonFields;
import io.nexusgraph.ingest.source.ConfigField;
import io.nexusgraph.ingest.source.JsonFileSource;
import io.nexusgraph.ingest.source.SourceAdapter;
import io.nexusgraph.ingest.source.SourceAdapterFactory;
import io.nexusgraph.ingest.source.SourceConfig;
import java.util.List;
import java.util.Set;

/** Registers the Stripe adapter under type {@code stripe}. */
public final class StripeAdapterFactory implements SourceAdapterFactory {
  @Override
  public String type() {
    return "stripe";
  }

  @Override
  public String description() {
    return "Stripe Event objects and customers, invoices, charges, payment_intents, subscriptions"
        + " (JSONL, JSON arrays or {\"object\":\"list\",\"data\":[...]} pages)";
  }

  @Override
  public List<ConfigField<?>> configFields() {
    return List.of(CommonFields.PATHS);
  }

  @Override
  public SourceAdapter create(SourceConfig config) {
    return new JsonFileSource(config.get(CommonFields.PATHS), new StripeMapper(), Set.of());
  }
}
