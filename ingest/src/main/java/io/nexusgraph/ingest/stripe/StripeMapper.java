package io.nexusgraph.ingest.stripe;

import io.nexusgraph.ingest.eventlog.EntityKind;
import io.nexusgraph.ingest.quarantine.ReasonCode;
import io.nexusgraph.ingest.source.IngestContext;
import io.nexusgraph.ingest.source.Json;
import io.nexusgraph.ingest.source.JsonRecordMapper;
import io.nexusgraph.ingest.source.RecordWriter;
import java.time.Instant;
import tools.jackson.databind.JsonNode;

/** One Stripe Event or plain object. Plain objects become {@code <object>.observed} events. */
final class StripeMapper implements JsonRecordMapper {
  static final String PERSON = "person";
  static final String CUSTOMER = "customer";

  @Override
  public void map(JsonNode record, RecordWriter out) {
    String id = Json.text(record, "id");
    String object = Json.text(record, "object");
    if (!out.require("id", id) || !out.require("object", object)) {
      return;
    }
    JsonNode obj = record;
    String name = object + ".observed";
    if (object.equals("event")) {
      name = Json.text(record, "type");
      obj = Json.at(record, "data", "object");
      if (!out.require("type", name) || !out.require("data.object", obj.isObject() ? obj : null)) {
        return;
      }
    }
    out.event(name, "billing").sourceRecordId(id);
    JsonNode created = record.path("created");
    if (!created.isIntegralNumber()) {
      out.fail(
          created.isMissingNode()
              ? ReasonCode.MISSING_REQUIRED_FIELD
              : ReasonCode.UNPARSEABLE_TIMESTAMP,
          "created",
          "created must be epoch seconds");
      return;
    }
    out.occurredAt("created", out.context().timestamps().epochSeconds(created.asLong()));
    String kind = Json.text(obj, "object");
    switch (kind == null ? "" : kind) {
      case "customer" ->
          party(
              out,
              Json.text(obj, "id"),
              Json.text(obj, "email"),
              Json.text(obj, "name"),
              Json.text(obj, "phone"),
              Json.text(obj, "metadata", "company"));
      case "invoice" -> {
        party(
            out,
            customerId(obj),
            Json.text(obj, "customer_email"),
            Json.text(obj, "customer_name"),
            Json.text(obj, "customer_phone"),
            null);
        long paid = obj.path("amount_paid").asLong(0);
        amount(out, obj, paid > 0 ? "amount_paid" : "total");
      }
      case "charge" -> {
        JsonNode billing = Json.at(obj, "billing_details");
        String email = Json.text(billing, "email");
        party(
            out,
            customerId(obj),
            email != null ? email : Json.text(obj, "receipt_email"),
            Json.text(billing, "name"),
            Json.text(billing, "phone"),
            null);
        amount(out, obj, "amount");
      }
      case "payment_intent" -> {
        party(out, customerId(obj), Json.text(obj, "receipt_email"), null, null, null);
        long received = obj.path("amount_received").asLong(0);
        amount(out, obj, received > 0 ? "amount_received" : "amount");
      }
      case "subscription" -> {
        String customer = party(out, customerId(obj), null, null, null, null);
        out.state(
            EntityKind.GROUP,
            "stripe_customer_id",
            customer,
            "subscription_status",
            Json.text(obj, "status"));
      }
      default ->
          out.fail(ReasonCode.UNSUPPORTED_RECORD, "object", "unsupported Stripe object " + kind);
    }
  }

  /** Person and customer edges; returns the normalised customer id. */
  private static String party(
      RecordWriter out, String customer, String email, String name, String phone, String company) {
    String e = out.person(PERSON, "email", email, CUSTOMER);
    out.person(PERSON, "phone", phone, CUSTOMER);
    out.personTrait(PERSON, "name", name);
    String cus = out.group(CUSTOMER, "stripe_customer_id", customer, CUSTOMER);
    out.groupTrait(CUSTOMER, "name", company);
    if (e != null) {
      String domain = out.context().normalizer().corporateDomain(e);
      if (domain != null) {
        out.normalized(EntityKind.GROUP, CUSTOMER, "domain", domain, domain, CUSTOMER);
        out.membership("email", e, "domain", domain, "member");
      }
      out.membership("email", e, "stripe_customer_id", cus, "billing_contact");
    }
    return cus;
  }

  private static void amount(RecordWriter out, JsonNode obj, String field) {
    JsonNode amount = obj.path(field);
    String currency = Money.currency(Json.text(obj, "currency"));
    if (amount.isMissingNode() || amount.isNull()) {
      return;
    }
    if (!amount.isIntegralNumber() || currency == null) {
      out.fail(
          ReasonCode.INVALID_VALUE, field, "amount must be an integer with a 3-letter currency");
      return;
    }
    out.value(Money.toMajor(amount.asLong(), currency), currency);
  }

  private static String customerId(JsonNode obj) {
    JsonNode c = obj.path("customer");
    return c.isObject() ? Json.text(c, "id") : Json.text(obj, "customer");
  }

  @Override
  public Instant updatedAt(JsonNode record, IngestContext context) {
    JsonNode created = record.path("created");
    return created.isIntegralNumber()
        ? context.timestamps().epochSeconds(created.asLong()).value()
        : null;
  }
}
