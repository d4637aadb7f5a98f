package io.nexusgraph.ingest.shopify;

import io.nexusgraph.ingest.quarantine.ReasonCode;
import io.nexusgraph.ingest.source.EmailParticipants;
import io.nexusgraph.ingest.source.IngestContext;
import io.nexusgraph.ingest.source.Json;
import io.nexusgraph.ingest.source.JsonRecordMapper;
import io.nexusgraph.ingest.source.RecordWriter;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Locale;
import tools.jackson.databind.JsonNode;

/**
 * One shop, customer or order. The resource kind is recognised by its fields ({@code
 * myshopify_domain} for shops, {@code line_items}/{@code financial_status}/{@code total_price} for
 * orders, {@code first_name}/{@code orders_count} for customers), because Admin API exports do not
 * tag it.
 */
final class ShopifyMapper implements JsonRecordMapper {
  static final String SHOP = "shop";
  static final String CUSTOMER = "customer";

  @Override
  public void map(JsonNode r, RecordWriter out) {
    String id = Json.text(r, "id");
    if (!out.require("id", id)) {
      return;
    }
    out.occurredAt("created_at", Json.text(r, "created_at"));
    if (r.has("myshopify_domain")) {
      shop(r, out.sourceRecordId("shop/" + id), id);
    } else if (r.has("line_items") || r.has("financial_status") || r.has("total_price")) {
      order(r, out.sourceRecordId("order/" + id));
    } else if (r.has("first_name") || r.has("last_name") || r.has("orders_count")) {
      out.event("customer.observed", "commerce").sourceRecordId("customer/" + id);
      customer(r, out);
    } else {
      out.fail(ReasonCode.UNSUPPORTED_RECORD, null, "not a Shopify shop, customer or order");
    }
  }

  private static void shop(JsonNode shop, RecordWriter out, String id) {
    out.event("shop.observed", "commerce").description(Json.text(shop, "name"));
    String shopId = out.group(SHOP, "shopify_shop_id", id, SHOP);
    out.group(SHOP, "myshopify_domain", Json.text(shop, "myshopify_domain"), SHOP);
    String domain = Json.text(shop, "domain");
    if (domain != null && !domain.endsWith(".myshopify.com")) {
      out.group(SHOP, "domain", domain, SHOP);
    }
    out.groupTrait(SHOP, "name", Json.text(shop, "name"));
    out.groupTrait(SHOP, "plan", Json.text(shop, "plan_name"));
    out.groupTrait(SHOP, "country", Json.text(shop, "country_code"));
    String owner = out.person("owner", "email", Json.text(shop, "email"), "owner");
    out.personTrait("owner", "name", Json.text(shop, "shop_owner"));
    out.membership("email", owner, "shopify_shop_id", shopId, "owner");
  }

  private static void customer(JsonNode c, RecordWriter out) {
    out.person(CUSTOMER, "shopify_customer_id", Json.text(c, "id"), CUSTOMER);
    EmailParticipants.add(out, CUSTOMER, Json.text(c, "email"), null, CUSTOMER);
    out.person(CUSTOMER, "phone", Json.text(c, "phone"), CUSTOMER);
    out.personTrait(CUSTOMER, "name", fullName(c));
    out.personTrait(CUSTOMER, "company", Json.text(c, "default_address", "company"));
  }

  private static void order(JsonNode o, RecordWriter out) {
    out.event("order.created", "commerce").description(Json.text(o, "name"));
    String total = Json.text(o, "total_price");
    if (total != null) {
      try {
        String currency = Json.text(o, "currency");
        out.value(
            new BigDecimal(total), currency == null ? null : currency.toUpperCase(Locale.ROOT));
      } catch (NumberFormatException e) {
        out.fail(ReasonCode.INVALID_VALUE, "total_price", "not a number: " + total);
      }
    }
    JsonNode c = Json.at(o, "customer");
    out.person(CUSTOMER, "shopify_customer_id", Json.text(c, "id"), CUSTOMER);
    String email = Json.text(o, "email");
    EmailParticipants.add(
        out, CUSTOMER, email != null ? email : Json.text(c, "email"), null, CUSTOMER);
    String phone = Json.text(o, "phone");
    out.person(CUSTOMER, "phone", phone != null ? phone : Json.text(c, "phone"), CUSTOMER);
    out.personTrait(CUSTOMER, "name", fullName(c));
  }

  private static String fullName(JsonNode c) {
    String first = Json.text(c, "first_name");
    String last = Json.text(c, "last_name");
    if (first == null || last == null) {
      return first != null ? first : last;
    }
    return first + " " + last;
  }

  @Override
  public Instant updatedAt(JsonNode r, IngestContext context) {
    String updated = Json.text(r, "updated_at");
    return updated == null ? null : context.timestamps().parse(updated).value();
  }
}
