package io.nexusgraph.graph.entities;

import static org.assertj.core.api.Assertions.assertThat;

import io.nexusgraph.graph.membership.MembershipRules;
import io.nexusgraph.graph.schema.GraphSchema;
import io.nexusgraph.graph.traits.TraitRules;
import io.nexusgraph.testkit.NexusServers;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.neo4j.driver.Driver;

/**
 * Property: after every incremental run (load, resolve, build what the run touched) the derived
 * graph (HAS_TRAIT, MEMBER_OF, PARTICIPATED_IN with their properties) equals what a full build
 * gives. Random records over a small pool of identifiers produce merges, shared anonymous ids
 * (exclusions and splits), groups merging through company ids, observed and inferred memberships.
 * Fixed seeds, so a failure reproduces.
 */
@ExtendWith(NexusServers.class)
class IncrementalBuildEqualsFullIT {

  private static final int BATCHES = 6;
  private static final int RECORDS_PER_BATCH = 4;
  private static final List<String> SOURCES = List.of("crm", "gmail", "segment");
  private static final List<String> ROLES = List.of("member", "owner", "admin");

  private final Driver driver;

  IncrementalBuildEqualsFullIT(Driver driver) {
    GraphSchema.apply(driver);
    this.driver = driver;
  }

  @ParameterizedTest
  @ValueSource(longs = {3L, 11L, 2026L})
  void everyIncrementalBuildEqualsAFullBuild(long seed) {
    EntityWorld w = new EntityWorld(driver, TraitRules.defaults(), MembershipRules.defaults());
    Random random = new Random(seed);
    try {
      for (int b = 0; b < BATCHES; b++) {
        SourceRecord[] records = new SourceRecord[RECORDS_PER_BATCH];
        for (int r = 0; r < RECORDS_PER_BATCH; r++) {
          records[r] = randomRecord(w, random, "b" + b + "r" + r);
        }
        w.load(records);
        w.run();
        List<String> incremental = w.derived(false);

        w.buildAll();

        assertThat(w.derived(false)).as("seed %d, batch %d", seed, b).isEqualTo(incremental);
      }
    } finally {
      w.cleanUp();
    }
  }

  private static SourceRecord randomRecord(EntityWorld w, Random random, String name) {
    SourceRecord r = w.record(name, random.nextInt(20), pick(random, SOURCES));
    switch (random.nextInt(4)) {
      case 0 -> {
        // one person: some emails, maybe a (possibly shared) anonymous id, a name
        int emails = 1 + random.nextInt(2);
        for (int i = 0; i < emails; i++) {
          r.person("p", "email", email(w, random), "user");
        }
        if (random.nextBoolean()) {
          r.person("p", "anonymous_id", "anon" + random.nextInt(2) + "@" + w.token, "user");
        }
        r.personTrait("p", "name", "N" + random.nextInt(3));
      }
      case 1 -> {
        // an email: sender and recipient are different people; the sender's company
        r.person("from", "email", email(w, random), "sender");
        r.person("to", "email", email(w, random), "recipient");
        r.group("d", "domain", w.domain("d" + random.nextInt(3)), "sender");
      }
      case 2 -> {
        // an observed membership
        String email = email(w, random);
        String domain = w.domain("d" + random.nextInt(3));
        r.person("p", "email", email, "contact").group("g", "domain", domain, "company");
        r.membership(email, domain, pick(random, ROLES));
      }
      default -> {
        // a company record: a domain with a company id (company ids merge domains), a trait
        r.group("g", "domain", w.domain("d" + random.nextInt(3)), "company");
        r.group("g", "crm_company_id", "co" + random.nextInt(2) + "_" + w.token, "company");
        r.groupTrait("g", "industry", "I" + random.nextInt(3));
      }
    }
    return r;
  }

  /** Half the pool at no group's domain, half at one of the groups' domains. */
  private static String email(EntityWorld w, Random random) {
    int i = random.nextInt(8);
    return i < 4 ? w.email("e" + i) : "e" + i + "@" + w.domain("d" + (i % 3));
  }

  private static <T> T pick(Random random, List<T> values) {
    return values.get(random.nextInt(values.size()));
  }
}
