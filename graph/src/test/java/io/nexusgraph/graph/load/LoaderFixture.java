package io.nexusgraph.graph.load;

import io.nexusgraph.ingest.eventlog.Consent;
import io.nexusgraph.ingest.eventlog.EntityKind;
import io.nexusgraph.ingest.eventlog.Event;
import io.nexusgraph.ingest.eventlog.EventLogBatch;
import io.nexusgraph.ingest.eventlog.IdentifierObservation;
import io.nexusgraph.ingest.eventlog.MembershipObservation;
import io.nexusgraph.ingest.eventlog.TraitObservation;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Four hand-written records whose every value carries a suffix unique to one test, so that tests
 * sharing the Neo4j server never see each other's data.
 *
 * <ol>
 *   <li>stripe, T1: one customer edge with email alice, a phone and a customer id, and alice's name
 *       as a trait; value 42.50 usd
 *   <li>gmail, T2: alice sends to bob, each on their own edge (no identity); alice's domain as a
 *       group on a third edge; alice is a member (employee) of that domain; a name on an edge whose
 *       identifier ingest set aside (a trait without identifier)
 *   <li>shopify, T0 (earliest), consent denied: bob's email, a phone and a shop customer id on one
 *       edge
 *   <li>crm, T4: a company edge with a company id and a domain, and the company's name as a trait;
 *       carol (seen nowhere else) owns it
 * </ol>
 */
final class LoaderFixture {

  static final Instant T0 = Instant.parse("2024-02-28T08:00:00Z");
  static final Instant T1 = Instant.parse("2024-03-01T10:00:00Z");
  static final Instant T2 = Instant.parse("2024-03-02T11:30:00Z");
  static final Instant T4 = Instant.parse("2024-03-05T09:15:00Z");

  final String s;
  final String alice;
  final String bob;
  final String carol;
  final String phone1;
  final String phone2;
  final String customer;
  final String shopCustomer;
  final String aliceDomain;
  final String acmeDomain;
  final String company;

  LoaderFixture(String suffix) {
    s = suffix;
    alice = "alice@loader-" + s + ".test";
    bob = "bob@loader-" + s + ".test";
    carol = "carol@acme-" + s + ".test";
    phone1 = "+1555" + s + "01";
    phone2 = "+1555" + s + "02";
    customer = "cus_" + s;
    shopCustomer = "shop_" + s;
    aliceDomain = "loader-" + s + ".test";
    acmeDomain = "acme-" + s + ".test";
    company = "co_" + s;
  }

  String event(int n) {
    return "evt_" + s + "_" + n;
  }

  String edge(int n, String key) {
    return "edg_" + s + "_" + n + key;
  }

  List<EventLogBatch> batches() {
    return List.of(stripe(), gmail(), shopify(), crm());
  }

  private EventLogBatch stripe() {
    Event e = event(1, T1, "customer.created", "billing", "stripe", new BigDecimal("42.50"), "usd");
    String edge = edge(1, "c");
    return batch(
        e,
        List.of(
            person(e, "stripe_customer_id", customer, edge, "customer", true),
            person(e, "email", alice, edge, "customer", true),
            person(e, "phone", phone1, edge, "customer", true)),
        List.of(trait(e, EntityKind.PERSON, edge, "name", "Alice Liddell")),
        List.of());
  }

  private EventLogBatch gmail() {
    Event e = event(2, T2, "email.sent", "email", "gmail", null, null);
    return batch(
        e,
        List.of(
            person(e, "email", alice, edge(2, "from"), "sender", true),
            person(e, "email", bob, edge(2, "to"), "recipient", true),
            group(e, "domain", aliceDomain, edge(2, "d"), "sender")),
        List.of(trait(e, EntityKind.PERSON, edge(2, "cc"), "name", "Nobody")),
        List.of(membership(e, alice, aliceDomain, "employee")));
  }

  private EventLogBatch shopify() {
    Event e =
        new Event(
            event(3),
            T0,
            "customer.created",
            "commerce",
            "a customer",
            "shopify",
            "r3",
            null,
            null,
            null,
            Consent.DENIED);
    String edge = edge(3, "c");
    return batch(
        e,
        List.of(
            person(e, "shopify_customer_id", shopCustomer, edge, "customer", false),
            person(e, "phone", phone2, edge, "customer", false),
            person(e, "email", bob, edge, "customer", false),
            person(e, "email", bob, edge, "customer", false)),
        List.of(),
        List.of());
  }

  private EventLogBatch crm() {
    Event e = event(4, T4, "company.updated", "crm", "crm", null, null);
    String edge = edge(4, "co");
    return batch(
        e,
        List.of(
            group(e, "domain", acmeDomain, edge, "company"),
            group(e, "crm_company_id", company, edge, "company")),
        List.of(trait(e, EntityKind.GROUP, edge, "name", "Acme " + s)),
        List.of(membership(e, carol, acmeDomain, "owner")));
  }

  private Event event(
      int n, Instant at, String name, String type, String source, BigDecimal value, String unit) {
    return new Event(
        event(n), at, name, type, null, source, "r" + n, value, unit, null, Consent.GRANTED);
  }

  private static EventLogBatch batch(
      Event e,
      List<IdentifierObservation> ids,
      List<TraitObservation> traits,
      List<MembershipObservation> memberships) {
    return new EventLogBatch(e, new ArrayList<>(ids), traits, memberships, List.of());
  }

  /** Trait ids carry the event id, so they carry the test's suffix. */
  private static TraitObservation trait(
      Event e, EntityKind kind, String edge, String name, String value) {
    return new TraitObservation(
        "to_" + e.eventId() + "_" + name,
        kind,
        edge,
        name,
        value,
        e.source(),
        e.occurredAt(),
        e.eventId());
  }

  private static IdentifierObservation person(
      Event e, String type, String value, String edge, String role, boolean linkable) {
    return observation(EntityKind.PERSON, e, type, value, edge, role, linkable);
  }

  private static IdentifierObservation group(
      Event e, String type, String value, String edge, String role) {
    return observation(EntityKind.GROUP, e, type, value, edge, role, true);
  }

  private static IdentifierObservation observation(
      EntityKind kind,
      Event e,
      String type,
      String value,
      String edge,
      String role,
      boolean linkable) {
    return new IdentifierObservation(
        "pio_" + value,
        kind,
        type,
        value,
        value,
        edge,
        role,
        e.source(),
        e.occurredAt(),
        e.eventId(),
        linkable);
  }

  private static MembershipObservation membership(
      Event e, String person, String domain, String role) {
    return new MembershipObservation(
        "mbo_" + person,
        e.eventId(),
        "email",
        person,
        "domain",
        domain,
        role,
        e.source(),
        e.occurredAt());
  }
}
