package io.nexusgraph.ingest.segment;

import io.nexusgraph.ingest.eventlog.Consent;
import io.nexusgraph.ingest.quarantine.ReasonCode;
import io.nexusgraph.ingest.source.Json;
import io.nexusgraph.ingest.source.JsonRecordMapper;
import io.nexusgraph.ingest.source.RecordWriter;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/** One Segment call: camelCase (API) and snake_case (warehouse) field names are both accepted. */
final class SegmentMapper implements JsonRecordMapper {
  static final String USER = "user";
  static final String GROUP = "group";
  static final String ANONYMOUS_ID = "anonymous_id";
  static final String USER_ID = "user_id";
  private static final Set<String> NOT_TRAITS =
      Set.of("email", "phone", "id", "userId", "user_id", "anonymousId", "company", "address");

  private final String[] consentPath;
  private final String aliasPreviousIdType;

  SegmentMapper(String consentCategory, String aliasPreviousIdType) {
    this.consentPath = new String[] {"context", "consent", "categoryPreferences", consentCategory};
    this.aliasPreviousIdType = aliasPreviousIdType;
  }

  @Override
  public void map(JsonNode call, RecordWriter out) {
    String type = Json.text(call, "type");
    if (!out.require("type", type)) {
      return;
    }
    out.sourceRecordId(first(call, "messageId", "message_id"));
    out.occurredAt(
        "timestamp", first(call, "timestamp", "originalTimestamp", "original_timestamp"));
    out.consent(consent(call));
    JsonNode traits = Json.at(call, "traits");
    JsonNode contextTraits = Json.at(call, "context", "traits");
    String email = first(traits, "email");
    if (email == null) {
      email = first(contextTraits, "email");
    }
    if (email == null) {
      email = first(Json.at(call, "properties"), "email");
    }
    String rawAnonymousId = first(call, "anonymousId", "anonymous_id");
    String anonymousId = out.person(USER, ANONYMOUS_ID, rawAnonymousId, USER);
    String userId = out.person(USER, USER_ID, first(call, "userId", "user_id"), USER);
    String normalizedEmail = out.person(USER, "email", email, USER);
    switch (type) {
      case "identify" -> identify(traits, out);
      case "track" -> track(call, out);
      case "page", "screen" -> page(call, type, out);
      case "group" -> group(call, out, normalizedEmail, userId, anonymousId);
      case "alias" -> alias(call, out, rawAnonymousId);
      default -> out.fail(ReasonCode.UNSUPPORTED_RECORD, "type", "unsupported call type " + type);
    }
  }

  private static void identify(JsonNode traits, RecordWriter out) {
    out.event("identify", "identify");
    out.person(USER, "phone", first(traits, "phone"), USER);
    out.personTrait(USER, "name", name(traits));
    for (Map.Entry<String, JsonNode> t : traits.properties()) {
      String key = t.getKey();
      if (!NOT_TRAITS.contains(key) && !key.equals("name") && t.getValue().isValueNode()) {
        out.personTrait(USER, key, Json.text(t.getValue()));
      }
    }
    out.personTrait(USER, "company", Json.text(traits, "company", "name"));
  }

  private static void track(JsonNode call, RecordWriter out) {
    String event = Json.text(call, "event");
    if (!out.require("event", event)) {
      return;
    }
    out.event(event, "track");
    JsonNode props = Json.at(call, "properties");
    String value = first(props, "revenue", "value", "total");
    if (value != null) {
      try {
        out.value(new BigDecimal(value), upper(first(props, "currency")));
      } catch (NumberFormatException e) {
        out.fail(ReasonCode.INVALID_VALUE, "properties.revenue", "not a number: " + value);
      }
    }
  }

  private static void page(JsonNode call, String type, RecordWriter out) {
    out.event(type, type);
    String title = first(Json.at(call, "properties"), "title");
    out.description(title != null ? title : Json.text(call, "name"));
  }

  private static void group(
      JsonNode call, RecordWriter out, String email, String userId, String anonymousId) {
    out.event("group", "group");
    JsonNode traits = Json.at(call, "traits");
    String groupId =
        out.group(GROUP, "segment_group_id", first(call, "groupId", "group_id"), "account");
    if (groupId == null && !Json.present(call, "groupId") && !Json.present(call, "group_id")) {
      out.fail(ReasonCode.MISSING_REQUIRED_FIELD, "groupId", "missing groupId");
      return;
    }
    out.group(GROUP, "domain", first(traits, "website", "domain"), "account");
    out.groupTrait(GROUP, "name", first(traits, "name"));
    out.groupTrait(GROUP, "industry", first(traits, "industry"));
    out.groupTrait(GROUP, "company_size", first(traits, "employees", "company_size"));
    out.groupTrait(GROUP, "plan", first(traits, "plan"));
    if (email != null) {
      out.membership("email", email, "segment_group_id", groupId, "member");
    } else if (userId != null) {
      out.membership("user_id", userId, "segment_group_id", groupId, "member");
    } else {
      out.membership("anonymous_id", anonymousId, "segment_group_id", groupId, "member");
    }
  }

  /**
   * An alias call says its previousId and userId are one user: both go on the caller's edge. The
   * previousId is the call's anonymousId when equal to it; a different one is the user id the
   * visitor had before (analytics.js sends {@code user.id() || anonymousId}); without an
   * anonymousId to compare, {@code alias_previous_id_type} decides.
   */
  private void alias(JsonNode call, RecordWriter out, String rawAnonymousId) {
    out.event("alias", "alias");
    String previousId = first(call, "previousId", "previous_id");
    if (!out.require("previousId", previousId)
        || !out.require("userId", first(call, "userId", "user_id"))) {
      return;
    }
    String type =
        rawAnonymousId == null
            ? aliasPreviousIdType
            : rawAnonymousId.strip().equals(previousId.strip()) ? ANONYMOUS_ID : USER_ID;
    out.person(USER, type, previousId, USER);
  }

  private Consent consent(JsonNode call) {
    JsonNode pref = Json.at(call, consentPath);
    if (pref.isBoolean()) {
      return pref.asBoolean() ? Consent.GRANTED : Consent.DENIED;
    }
    return Consent.UNKNOWN;
  }

  private static String name(JsonNode traits) {
    String name = first(traits, "name");
    if (name != null) {
      return name;
    }
    String firstName = first(traits, "firstName", "first_name");
    String lastName = first(traits, "lastName", "last_name");
    if (firstName == null || lastName == null) {
      return firstName != null ? firstName : lastName;
    }
    return firstName + " " + lastName;
  }

  static String first(JsonNode node, String key) {
    return Json.text(node, key);
  }

  static String first(JsonNode node, String key1, String key2) {
    String v = Json.text(node, key1);
    return v != null ? v : Json.text(node, key2);
  }

  static String first(JsonNode node, String key1, String key2, String key3) {
    String v = first(node, key1, key2);
    return v != null ? v : Json.text(node, key3);
  }

  private static String upper(String s) {
    return s == null ? null : s.toUpperCase(java.util.Locale.ROOT);
  }
}
