package io.nexusgraph.graph.resolution;

import static org.assertj.core.api.Assertions.assertThat;

import io.nexusgraph.graph.identity.IdentifierKey;
import io.nexusgraph.graph.load.GraphLoader;
import io.nexusgraph.graph.override.IdentityOverride;
import io.nexusgraph.graph.override.Overrides;
import io.nexusgraph.graph.resolution.Erasure.Erased;
import io.nexusgraph.graph.resolution.Exclusion.Reason;
import io.nexusgraph.graph.schema.GraphSchema;
import io.nexusgraph.ingest.eventlog.Consent;
import io.nexusgraph.ingest.eventlog.EntityKind;
import io.nexusgraph.ingest.eventlog.Event;
import io.nexusgraph.ingest.eventlog.EventLogBatch;
import io.nexusgraph.ingest.eventlog.IdentifierObservation;
import io.nexusgraph.ingest.eventlog.Ids;
import io.nexusgraph.testkit.NexusServers;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neo4j.driver.Driver;

/** The same guardrails for groups: their own Cypher files, the same rules. */
@ExtendWith(NexusServers.class)
class GroupGuardrailsIT {

  private final Driver driver;
  private final Scenario s;
  private int runs;

  GroupGuardrailsIT(Driver driver) {
    GraphSchema.apply(driver);
    this.driver = driver;
    this.s = new Scenario(driver);
  }

  @AfterEach
  void cleanUp() {
    driver
        .executableQuery(
            "MATCH (i:GroupIdentifier) WHERE i.value ENDS WITH $suffix"
                + " OPTIONAL MATCH (i)-[:IDENTIFIES]->(g:Group) DETACH DELETE i, g")
        .withParameters(Map.of("suffix", s.id("x", "").value()))
        .execute();
    driver
        .executableQuery("MATCH (c:IdChange) WHERE c.run_id STARTS WITH $run DELETE c")
        .withParameters(Map.of("run", s.eventId("run")))
        .execute();
    s.cleanUp();
  }

  @Test
  void forceApartConsentAndErasureWorkForGroupsToo() {
    IdentifierKey d1 = s.id("domain", "d1");
    IdentifierKey d2 = s.id("domain", "d2");
    IdentifierKey stripe = s.id("stripe_customer_id", "cus");
    IdentifierKey hidden = s.id("domain", "hidden");
    load(record("r1", 1, true, d1, stripe), record("r2", 2, true, stripe, d2));
    load(record("denied", 3, false, hidden));
    resolve(Overrides.none());
    String id = groupOf(d1);
    assertThat(groupOf(d2)).isEqualTo(id).isEqualTo(Ids.of("grp_", "domain", d1.value()));

    ResolutionResult apart =
        resolve(Overrides.of(IdentityOverride.apart(EntityKind.GROUP, d1, d2, "two companies")));

    // the more recent record r2 wins: stripe stays with d2 (two of three keep the id)
    String splitOff = Ids.of("grp_", "domain", d1.value(), "split", id);
    assertThat(groupOf(d2)).isEqualTo(groupOf(stripe)).isEqualTo(id);
    assertThat(groupOf(d1)).isEqualTo(splitOff);
    String detail =
        "kept apart by override: two companies; weaker evidence dropped: edg_" + s.eventId("r1");
    assertThat(s.own(apart.exclusions()))
        .containsExactly(
            Exclusion.of(d1, Reason.OVERRIDE, detail),
            Exclusion.of(hidden, Reason.CONSENT, "seen only in records that denied consent"));
    List<Exclusion> streamed = new ArrayList<>();
    new Exclusions(driver).stream(EntityKind.GROUP, streamed::add);
    assertThat(s.own(streamed)).isEqualTo(s.own(apart.exclusions()));

    Erased erased = new Erasure(driver).erase(EntityKind.GROUP, id);
    load(record("r2", 2, true, stripe, d2));
    new Resolver(
            driver,
            Clock.fixed(Scenario.T0, ZoneOffset.UTC),
            Guardrails.defaults(),
            Overrides.none(),
            Suppression.of(EntityKind.GROUP, Set.copyOf(erased.identifiers())))
        .resolve(EntityKind.GROUP, s.eventId("run" + (++runs)));

    assertThat(erased.identifiers()).containsExactly(d2, stripe);
    assertThat(groupOf(d1)).isEqualTo(splitOff);
    assertThat(groupCount(d2, stripe)).isZero();
  }

  private ResolutionResult resolve(Overrides overrides) {
    return new Resolver(
            driver,
            Clock.fixed(Scenario.T0, ZoneOffset.UTC),
            Guardrails.defaults(),
            overrides,
            Suppression.NONE)
        .resolve(EntityKind.GROUP, s.eventId("run" + (++runs)));
  }

  private void load(EventLogBatch... batches) {
    new GraphLoader(driver).load(List.of(batches));
  }

  private EventLogBatch record(String name, int day, boolean linkable, IdentifierKey... keys) {
    String eventId = s.eventId(name);
    Instant at = Scenario.T0.plusSeconds(86_400L * day);
    List<IdentifierObservation> observations = new ArrayList<>();
    for (IdentifierKey key : keys) {
      observations.add(
          new IdentifierObservation(
              "gio_" + eventId + "_" + key.type() + "_" + key.value(),
              EntityKind.GROUP,
              key.type(),
              key.value(),
              key.value(),
              "edg_" + eventId,
              "account",
              "test",
              at,
              eventId,
              linkable));
    }
    Event event =
        new Event(
            eventId,
            at,
            "test.record",
            "test",
            null,
            "test",
            eventId,
            null,
            null,
            null,
            linkable ? Consent.UNKNOWN : Consent.DENIED);
    return new EventLogBatch(event, observations, List.of(), List.of(), List.of());
  }

  private String groupOf(IdentifierKey key) {
    return driver
        .executableQuery(
            "MATCH (i:GroupIdentifier {type: $t, value: $v})-[:IDENTIFIES]->(g:Group)"
                + " WHERE g.group_id = i.entity_id RETURN g.group_id AS id")
        .withParameters(Map.of("t", key.type(), "v", key.value()))
        .execute()
        .records()
        .getFirst()
        .get("id")
        .asString();
  }

  /** Group identifiers among {@code keys} that are in an entity. */
  private long groupCount(IdentifierKey... keys) {
    return driver
        .executableQuery(
            "UNWIND $keys AS k MATCH (i:GroupIdentifier {type: k.type, value: k.value})"
                + "-[:IDENTIFIES]->(:Group) RETURN count(i) AS n")
        .withParameters(Map.of("keys", java.util.Arrays.stream(keys).map(Batches::key).toList()))
        .execute()
        .records()
        .getFirst()
        .get("n")
        .asLong();
  }
}
