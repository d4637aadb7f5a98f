package io.nexusgraph.graph.membership;

import io.nexusgraph.ingest.normalize.NormalizationConfig;
import java.util.Set;

/**
 * How memberships beyond the observed ones are inferred, as data.
 *
 * <p>Sources that see a work email next to its company (gmail, calendar, stripe, shopify through
 * ingest's {@code EmailParticipants}) already emit a membership observation from the email to the
 * company's {@code domain} group. Other sources (a Segment identify, a CSV or JDBC mapping) name a
 * person's email without saying where they work. With {@code inferFromEmailDomain} on, a person
 * with an email at a domain that is an identifier of a resolved group is a member of that group
 * even if no source said so, unless an observation already says something about that pair
 * (observations always win). Webmail and ISP domains never count.
 *
 * @param inferFromEmailDomain infer memberships from corporate email domains
 * @param inferredRole the role of an inferred membership
 * @param inferredSource the {@code source} of an inferred membership, telling it apart from
 *     observed ones in the memberships table
 * @param personalDomains domains that never imply a membership (by default ingest's list of webmail
 *     and ISP domains, so that both modules agree)
 */
public record MembershipRules(
    boolean inferFromEmailDomain,
    String inferredRole,
    String inferredSource,
    Set<String> personalDomains) {

  /** The identifier type of a company's web domain in the event log. */
  static final String DOMAIN_TYPE = "domain";

  public MembershipRules {
    if (inferredRole == null || inferredRole.isBlank()) {
      throw new IllegalArgumentException("membership rules: the inferred role must not be blank");
    }
    if (inferredSource == null || inferredSource.isBlank()) {
      throw new IllegalArgumentException("membership rules: the inferred source must not be blank");
    }
    personalDomains = Set.copyOf(personalDomains);
  }

  /** Inference on, role {@code member}, source {@code email_domain}, ingest's personal domains. */
  public static MembershipRules defaults() {
    return new MembershipRules(
        true, "member", "email_domain", NormalizationConfig.defaults().personalDomains());
  }

  /** Only observed memberships. */
  public MembershipRules withoutInference() {
    return new MembershipRules(false, inferredRole, inferredSource, personalDomains);
  }
}
