package io.nexusgraph.ingest.source;

import io.nexusgraph.ingest.eventlog.EntityKind;

/**
 * The common pattern for a person known by an email address: the email (and display name) on the
 * person's edge, the corporate domain behind it as a group on its own edge, and a membership
 * between them. Personal and webmail domains never become groups.
 */
public final class EmailParticipants {
  private EmailParticipants() {}

  /**
   * @return the normalised email, or null when it was set aside
   */
  public static String add(
      RecordWriter out, String edge, String rawEmail, String name, String role) {
    String email = out.person(edge, "email", rawEmail, role);
    if (email == null) {
      return null;
    }
    if (name != null && !name.strip().equalsIgnoreCase(rawEmail.strip())) {
      out.personTrait(edge, "name", name);
    }
    company(out, email, role);
    return email;
  }

  /** Adds the corporate domain of {@code email} as a group and the membership; returns it. */
  public static String company(RecordWriter out, String email, String role) {
    String domain = out.context().normalizer().corporateDomain(email);
    if (domain != null) {
      out.normalized(EntityKind.GROUP, "domain:" + domain, "domain", domain, domain, role);
      out.membership("email", email, "domain", domain, "member");
    }
    return domain;
  }
}
