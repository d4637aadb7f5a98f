package io.nexusgraph.ingest.generator;

import io.nexusgraph.ingest.generator.Model.Company;
import io.nexusgraph.ingest.generator.Model.Person;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.node.ObjectNode;

/** Stripe Event objects (JSONL) and Shopify Admin API shops, customers and orders. */
final class BillingFiles {
  private final WorldBuilder w;

  BillingFiles(WorldBuilder w) {
    this.w = w;
  }

  long writeStripe(Path dir) throws IOException {
    try (Out out = Out.jsonl(dir.resolve("stripe/events.jsonl"))) {
      for (int c = 0; c < w.companies.size(); c++) {
        Company company = w.companies.get(c);
        Person contact = contact(c);
        // early enough that a year of invoices stays in the past
        Instant t = WorldBuilder.START.plusSeconds(w.random.nextInt(300 * 86_400));
        ObjectNode customer = Out.obj();
        customer
            .put("id", company.stripeCustomerId())
            .put("object", "customer")
            .put("created", t.getEpochSecond());
        customer.put("email", contact == null ? null : contact.emailAt(t));
        customer.put("name", contact == null ? null : contact.name());
        boolean junkPhone = c % 25 == 7;
        customer.put("phone", junkPhone ? "0000000000" : contact == null ? null : contact.phone());
        customer.putObject("metadata").put("company", company.name());
        if (junkPhone) {
          w.truth.trap("person", "phone", "0000000000", "placeholder");
        }
        out.write(event("customer.created", t, customer));
        String currency = company.japanese() ? "jpy" : "usd";
        long amount =
            company.japanese()
                ? 50_000 + w.random.nextInt(100) * 1000
                : 49_900 + w.random.nextInt(50) * 10_000;
        for (int month = 0; month < 12; month++) {
          Instant at = t.plusSeconds(month * 30L * 86_400 + 3_600);
          ObjectNode invoice = Out.obj();
          invoice
              .put("id", "in_" + w.token(14))
              .put("object", "invoice")
              .put("customer", company.stripeCustomerId());
          invoice.put("customer_email", contact == null ? null : contact.emailAt(at));
          invoice
              .put("amount_paid", amount)
              .put("total", amount)
              .put("currency", currency)
              .put("status", "paid");
          out.write(event("invoice.paid", at, invoice));
        }
        String[] statuses = {"active", "past_due", "active", "canceled"};
        for (int s = 0; s < 1 + w.random.nextInt(3); s++) {
          ObjectNode sub = Out.obj();
          sub.put("id", "sub_" + w.token(14))
              .put("object", "subscription")
              .put("customer", company.stripeCustomerId());
          sub.put("status", statuses[s]).put("currency", currency);
          out.write(
              event("customer.subscription.updated", t.plusSeconds(40L * 86_400 * (s + 1)), sub));
        }
      }
      return out.count();
    }
  }

  long writeShopify(Path dir) throws IOException {
    long records = 0;
    List<Company> shops = w.companies.stream().filter(c -> c.shopifyShopId() != 0).toList();
    try (Out out = Out.document(dir.resolve("shopify/shops.json"), "", "shops")) {
      for (Company c : shops) {
        Person owner = contact(w.companies.indexOf(c));
        Instant t = w.time();
        ObjectNode shop = Out.obj();
        shop.put("id", c.shopifyShopId()).put("name", c.name() + " Store");
        shop.put("email", owner == null ? null : owner.emailAt(t))
            .put("domain", "shop." + c.domain());
        shop.put("created_at", iso(t))
            .put("updated_at", iso(t))
            .put("country_code", c.japanese() ? "JP" : "US");
        shop.put("currency", c.japanese() ? "JPY" : "USD")
            .put("shop_owner", owner == null ? null : owner.name());
        shop.put("plan_name", "shopify_plus").put("myshopify_domain", c.myshopifyDomain());
        out.write(shop);
      }
      records += out.count();
    }
    if (shops.isEmpty()) {
      return records;
    }
    List<Person> buyers = new ArrayList<>();
    try (Out out = Out.document(dir.resolve("shopify/customers.json"), "", "customers")) {
      for (Person p : w.people) {
        if (w.random.nextInt(5) == 0) {
          buyers.add(p);
          Instant t = w.time();
          ObjectNode c = Out.obj();
          c.put("id", p.shopifyCustomerId()).put("email", p.personalEmail());
          c.put("created_at", iso(t))
              .put("updated_at", iso(t))
              .put("first_name", p.first())
              .put("last_name", p.last());
          c.put("orders_count", 1).put("phone", p.phone());
          out.write(c);
        }
      }
      records += out.count();
    }
    try (Out out = Out.document(dir.resolve("shopify/orders.json"), "", "orders")) {
      for (Person p : buyers) {
        for (int i = 1 + w.random.nextInt(3); i > 0; i--) {
          Company shop = w.pick(shops);
          Instant t = w.time();
          ObjectNode o = Out.obj();
          o.put("id", 4_000_000_000L + out.count()).put("name", "#" + (1001 + out.count()));
          o.put("email", p.personalEmail()).put("created_at", iso(t)).put("updated_at", iso(t));
          o.put("currency", shop.japanese() ? "JPY" : "USD").put("financial_status", "paid");
          o.put(
              "total_price",
              shop.japanese()
                  ? String.valueOf(1000 + w.random.nextInt(9000))
                  : (10 + w.random.nextInt(490)) + ".99");
          o.putObject("customer")
              .put("id", p.shopifyCustomerId())
              .put("email", p.personalEmail())
              .put("first_name", p.first())
              .put("last_name", p.last());
          out.write(o);
        }
      }
      records += out.count();
    }
    return records;
  }

  private Person contact(int company) {
    for (Person p : w.people) {
      if (p.company() == company && p.jobChangeAt() == null) {
        return p;
      }
    }
    return null;
  }

  private ObjectNode event(String type, Instant at, ObjectNode object) {
    ObjectNode e = Out.obj();
    e.put("id", "evt_" + w.token(24)).put("object", "event").put("api_version", "2024-06-20");
    e.put("created", at.getEpochSecond()).put("type", type).put("livemode", false);
    e.putObject("data").set("object", object);
    return e;
  }

  private static String iso(Instant t) {
    return t.atOffset(ZoneOffset.ofHours(-5)).toString();
  }
}
