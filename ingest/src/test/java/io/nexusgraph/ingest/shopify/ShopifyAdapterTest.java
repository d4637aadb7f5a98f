package io.nexusgraph.ingest.shopify;

import static org.assertj.core.api.Assertions.assertThat;

import io.nexusgraph.ingest.quarantine.SourceCounts;
import io.nexusgraph.ingest.source.Checkpoint;
import io.nexusgraph.ingest.testing.AdapterRun;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ShopifyAdapterTest {

  @Test
  void shopCustomersAndOrders() {
    String paths =
        String.join(
            ",",
            AdapterRun.fixture("shopify-shop.json"),
            AdapterRun.fixture("shopify-customers.json"),
            AdapterRun.fixture("shopify-orders.json"));
    AdapterRun run = AdapterRun.of("shopify", Map.of("paths", paths), Checkpoint.EMPTY);

    assertThat(run.lines())
        .containsExactly(
            "event shop.observed type=commerce at=2023-06-01T14:00:00Z record=shop/548380009 desc=Acme Outfitters",
            "  group shopify_shop_id=548380009 role=shop e1",
            "  group myshopify_domain=acme-outfitters.myshopify.com role=shop e1",
            "  group domain=acme-corp.com role=shop e1",
            "  person email=owner@acme-corp.com role=owner e2",
            "  group-trait name=Acme Outfitters e1",
            "  group-trait plan=shopify_plus e1",
            "  group-trait country=US e1",
            "  person-trait name=Olga Owner e2",
            "  member email=owner@acme-corp.com -> shopify_shop_id=548380009 role=owner",
            "event customer.observed type=commerce at=2024-01-10T17:00:00Z record=customer/207119551",
            "  person shopify_customer_id=207119551 role=customer e1",
            "  person email=bob.norman@initech.io role=customer e1",
            "  group domain=initech.io role=customer e2",
            "  person phone=+16136120707 role=customer e1",
            "  person-trait name=Bob Norman e1",
            "  person-trait company=Initech e1",
            "  member email=bob.norman@initech.io -> domain=initech.io role=member",
            "event order.created type=commerce at=2024-01-12T21:15:47Z record=order/450789469 value=5980 JPY desc=#1001",
            "  person shopify_customer_id=207119551 role=customer e1",
            "  person email=bob.norman@initech.io role=customer e1",
            "  group domain=initech.io role=customer e2",
            "  person phone=+16136120707 role=customer e1",
            "  person-trait name=Bob Norman e1",
            "  member email=bob.norman@initech.io -> domain=initech.io role=member");
    assertThat(run.rejects).isEmpty();
    assertThat(run.result.counts()).isEqualTo(new SourceCounts(3, 3, 0, 0));
  }
}
