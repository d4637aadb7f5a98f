package io.nexusgraph.ingest.stripe;

import static org.assertj.core.api.Assertions.assertThat;

import io.nexusgraph.ingest.quarantine.SourceCounts;
import io.nexusgraph.ingest.source.Checkpoint;
import io.nexusgraph.ingest.testing.AdapterRun;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StripeAdapterTest {

  @Test
  void eventsAndPlainObjectsWithMinorUnitsConverted() {
    AdapterRun run =
        AdapterRun.of(
            "stripe", Map.of("paths", AdapterRun.fixture("stripe-events.jsonl")), Checkpoint.EMPTY);

    assertThat(run.lines())
        .containsExactly(
            "event invoice.paid type=billing at=2024-01-01T00:00:00Z record=evt_1OaB value=1299.00 USD",
            "  person email=jenny.rosen@globex.com role=customer e1",
            "  group stripe_customer_id=cus_NffrFeUfNV2Hib role=customer e2",
            "  group domain=globex.com role=customer e2",
            "  person-trait name=Jenny Rosen e1",
            "  member email=jenny.rosen@globex.com -> domain=globex.com role=member",
            "  member email=jenny.rosen@globex.com -> stripe_customer_id=cus_NffrFeUfNV2Hib role=billing_contact",
            // JPY is zero-decimal: 5000 means 5000 yen
            "event charge.succeeded type=billing at=2024-01-01T00:01:40Z record=evt_2JpY value=5000 JPY",
            "  person email=taro.yamada@kaisha.co.jp role=customer e1",
            "  person phone=+81312345678 role=customer e1",
            "  group stripe_customer_id=cus_Kaisha1 role=customer e2",
            "  group domain=kaisha.co.jp role=customer e2",
            "  person-trait name=Taro Yamada e1",
            "  member email=taro.yamada@kaisha.co.jp -> domain=kaisha.co.jp role=member",
            "  member email=taro.yamada@kaisha.co.jp -> stripe_customer_id=cus_Kaisha1 role=billing_contact",
            "event customer.subscription.updated type=billing at=2024-01-01T00:03:20Z record=evt_3Sub",
            "  group stripe_customer_id=cus_NffrFeUfNV2Hib role=customer e1",
            "  state group stripe_customer_id=cus_NffrFeUfNV2Hib subscription_status=past_due",
            // KWD has three decimals
            "event charge.observed type=billing at=2024-01-01T00:05:00Z record=ch_KwD1 value=12.345 KWD",
            "  person email=buyer@souq-trading.com.kw role=customer e1",
            "  group domain=souq-trading.com.kw role=customer e2",
            "  member email=buyer@souq-trading.com.kw -> domain=souq-trading.com.kw role=member",
            "event payment_intent.observed type=billing at=2024-01-01T00:06:40Z record=pi_3Mtw value=19.99 EUR",
            "  person email=jenny.rosen@globex.com role=customer e1",
            "  group stripe_customer_id=cus_NffrFeUfNV2Hib role=customer e2",
            "  group domain=globex.com role=customer e2",
            "  member email=jenny.rosen@globex.com -> domain=globex.com role=member",
            "  member email=jenny.rosen@globex.com -> stripe_customer_id=cus_NffrFeUfNV2Hib role=billing_contact");
    assertThat(run.rejects).isEmpty();
    assertThat(run.result.counts()).isEqualTo(new SourceCounts(5, 5, 0, 0));
    assertThat(run.result.checkpoint().watermark()).isEqualTo(Instant.ofEpochSecond(1704067600));
  }

  @Test
  void customerListPagesAndWatermarkCheckpoints() {
    String path = AdapterRun.fixture("stripe-customers.json");
    AdapterRun run = AdapterRun.of("stripe", Map.of("paths", path), Checkpoint.EMPTY);
    assertThat(run.rejectLines()).isEmpty();

    assertThat(run.lines())
        .containsExactly(
            "event customer.observed type=billing at=2023-03-28T10:40:00Z record=cus_NffrFeUfNV2Hib",
            "  person email=jenny.rosen@globex.com role=customer e1",
            "  person phone=+14155550199 role=customer e1",
            "  group stripe_customer_id=cus_NffrFeUfNV2Hib role=customer e2",
            "  group domain=globex.com role=customer e2",
            "  person-trait name=Jenny Rosen e1",
            "  group-trait name=Globex Corporation e2",
            "  member email=jenny.rosen@globex.com -> domain=globex.com role=member",
            "  member email=jenny.rosen@globex.com -> stripe_customer_id=cus_NffrFeUfNV2Hib role=billing_contact",
            "event customer.observed type=billing at=2023-03-28T10:41:40Z record=cus_Sam4Personal",
            "  person email=sam.lee@gmail.com role=customer e1",
            "  group stripe_customer_id=cus_Sam4Personal role=customer e2",
            "  member email=sam.lee@gmail.com -> stripe_customer_id=cus_Sam4Personal role=billing_contact");
    assertThat(run.result.checkpoint().watermark()).isEqualTo(Instant.ofEpochSecond(1680000100));

    // the next run re-reads only records at or after the watermark
    AdapterRun next = AdapterRun.of("stripe", Map.of("paths", path), run.result.checkpoint());
    assertThat(next.batches).containsExactly(run.batches.get(1));
    assertThat(next.result.counts()).isEqualTo(new SourceCounts(1, 1, 0, 0));
  }

  @Test
  void minorUnitsFollowStripeCurrencyExponents() {
    assertThat(Money.toMajor(129900, "USD")).isEqualTo(new BigDecimal("1299.00"));
    assertThat(Money.toMajor(5000, "JPY")).isEqualTo(new BigDecimal("5000"));
    assertThat(Money.toMajor(500, "KRW")).isEqualTo(new BigDecimal("500"));
    assertThat(Money.toMajor(12345, "KWD")).isEqualTo(new BigDecimal("12.345"));
    assertThat(Money.currency("usd")).isEqualTo("USD");
    assertThat(Money.currency("dollars")).isNull();
  }
}
