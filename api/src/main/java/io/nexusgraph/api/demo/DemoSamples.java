package io.nexusgraph.api.demo;

import io.micronaut.context.ApplicationContext;
import io.nexusgraph.api.runtime.Postgres;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * A resolved person to show off: the one with the most identifiers that has both an email and a
 * phone, so the three printed commands (lookup, timeline, explain) all answer with something.
 */
record DemoSamples(String personId, String email, String phone, long persons, long groups) {

  private static final String QUERY =
      "SELECT p.person_id, e.identifier_value, ph.identifier_value,"
          + " (SELECT count(*) FROM persons), (SELECT count(*) FROM groups)"
          + " FROM persons p"
          + " JOIN resolved_person_identifiers e"
          + "   ON e.person_id = p.person_id AND e.identifier_type = 'email'"
          + " JOIN resolved_person_identifiers ph"
          + "   ON ph.person_id = p.person_id AND ph.identifier_type = 'phone'"
          + " ORDER BY p.identifier_count DESC, p.event_count DESC, p.person_id,"
          + " e.identifier_value, ph.identifier_value LIMIT 1";

  static DemoSamples find(ApplicationContext service) {
    try (Connection c = service.getBean(Postgres.class).connect();
        PreparedStatement s = c.prepareStatement(QUERY);
        ResultSet r = s.executeQuery()) {
      if (!r.next()) {
        throw new IllegalStateException(
            "the demo run resolved no person with an email and a phone; see `nexus status`");
      }
      return new DemoSamples(
          r.getString(1), r.getString(2), r.getString(3), r.getLong(4), r.getLong(5));
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the demo's final tables: " + e.getMessage(), e);
    }
  }

  String render(String apiUrl, String key, Path keyFile) {
    String header = "-H 'X-API-Key: " + key + "'";
    return "\nDemo data: "
        + persons
        + " persons and "
        + groups
        + " groups resolved. API key (admin; also in "
        + keyFile
        + "):\n  "
        + key
        + "\n\nTry:\n  curl -s "
        + header
        + " '"
        + apiUrl
        + "/v1/persons?identifier=email:"
        + encode(email)
        + "'\n  curl -s "
        + header
        + " '"
        + apiUrl
        + "/v1/persons/"
        + personId
        + "/timeline?limit=5'\n  curl -s "
        + header
        + " '"
        + apiUrl
        + "/v1/explain?a=email:"
        + encode(email)
        + "&b=phone:"
        + encode(phone)
        + "'\n  Swagger UI: "
        + apiUrl
        + "/swagger-ui\n";
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
