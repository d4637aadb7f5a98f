package io.nexusgraph.bench.quality;

import static org.assertj.core.api.Assertions.assertThat;

import io.nexusgraph.bench.graph.GraphOps;
import io.nexusgraph.graph.identity.IdentifierKey;
import io.nexusgraph.graph.load.GraphLoader;
import io.nexusgraph.graph.resolution.Guardrails;
import io.nexusgraph.graph.resolution.Resolver;
import io.nexusgraph.graph.schema.GraphSchema;
import io.nexusgraph.ingest.eventlog.EntityKind;
import io.nexusgraph.ingest.generator.Scale;
import io.nexusgraph.ingest.quarantine.ReasonCode;
import io.nexusgraph.testkit.NexusServers;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

/**
 * Resolution quality on the demo data (small scale, fixed seed) against the generator's ground
 * truth: pairwise precision, recall and F1 over person identifiers, over- and under-merged true
 * people, the largest predicted component. Scoring rules in {@link PairwiseQuality}.
 *
 * <p>Resolution resolves every identifier in the database, so this test wipes the whole (shared)
 * Neo4j before and after each run; no other test class keeps data across classes.
 */
@ExtendWith(NexusServers.class)
class ResolutionQualityIT {

  private static final long SEED = 2026L;
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);

  private final Driver driver;

  ResolutionQualityIT(Driver driver) {
    this.driver = driver;
  }

  @BeforeEach
  @AfterEach
  void wipe() {
    try (Session session = driver.session()) {
      session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS").consume();
    }
  }

  @Test
  void defaultGuardrailsMeetThePrecisionAndRecallTargets() {
    Path dir =
        Path.of(System.getProperty("basedir", ".")).resolve("target").resolve("resolution-quality");
    GeneratedWorld world = GeneratedWorld.generate(SEED, Scale.SMALL, dir, CLOCK);
    // the files are the generator's: only its deliberate placeholders are rejected (as fields)
    assertThat(world.batches()).hasSize((int) world.data().totalRecords());
    assertThat(world.rejects())
        .allSatisfy(r -> assertThat(r.reason()).isEqualTo(ReasonCode.BLOCKED_VALUE));

    // Loaded once; the second resolution starts from the same loaded graph after resolution's own
    // output (persons, id changes, entity ids, exclusion marks) has been removed.
    GraphSchema.apply(driver);
    new GraphLoader(driver).load(world.batches());
    Set<String> loadedKeys = identifierPropertyKeys();

    Figures withDefaults = resolve(world, Guardrails.defaults(), "quality_default");
    List<String> sharedLinks = sharedLinks(world);
    resetResolution();
    assertThat(identifierPropertyKeys()).isEqualTo(loadedKeys);
    assertThat(count("MATCH (n) WHERE n:Person OR n:IdChange RETURN count(n) AS n")).isZero();
    Figures withoutGuardrails = resolve(world, Guardrails.off(), "quality_off");

    // What would perfect trap handling give? Components of the same evidence, every trap left out.
    List<WhatIf.Link> links = links();
    List<IdentifierKey> identifiers =
        driver
            .executableQuery("MATCH (i:PersonIdentifier) RETURN i.type AS t, i.value AS v")
            .execute()
            .records()
            .stream()
            .map(r -> new IdentifierKey(r.get("t").asString(), r.get("v").asString()))
            .toList();
    Set<IdentifierKey> allTraps =
        identifiers.stream()
            .filter(
                i ->
                    world.persons().traps().containsKey(i)
                        || world.persons().owners().get(i).size() != 1)
            .collect(Collectors.toSet());
    Figures oracle =
        PairwiseQuality.measure(
            "what-if: every trap identifier excluded (computed in Java, not the resolver)",
            WhatIf.components(identifiers, links, allTraps),
            world.persons());
    Set<IdentifierKey> trapsButFamilyPhones =
        allTraps.stream()
            .filter(i -> !"family_phone".equals(world.persons().traps().get(i)))
            .collect(Collectors.toSet());
    Figures oracleButFamily =
        PairwiseQuality.measure(
            "what-if: every trap identifier but family phones excluded (computed in Java)",
            WhatIf.components(identifiers, links, trapsButFamilyPhones),
            world.persons());

    System.out.println(
        "==== ResolutionQualityIT: seed "
            + SEED
            + ", scale "
            + Scale.SMALL.name()
            + ", "
            + world.data().totalRecords()
            + " records, "
            + world.rejects().size()
            + " field rejects ====\n"
            + report(withDefaults)
            + report(withoutGuardrails)
            + report(oracle)
            + report(oracleButFamily)
            + "---- ambiguous identifiers: linkable SAME_AS neighbours (what the guardrail counts)"
            + " vs identifiers sharing an edge_id, by type ----\n"
            + String.join("\n", sharedLinks)
            + "\n====");

    // every identifier in the graph is in the ground truth, so nothing escapes scoring unseen
    assertThat(withDefaults.unknown()).isZero();
    assertThat(withDefaults.scored()).isPositive();
    assertThat(withDefaults.precision())
        .as("precision, default guardrails")
        .isGreaterThanOrEqualTo(0.99);
    assertThat(withDefaults.recall()).as("recall, default guardrails").isGreaterThanOrEqualTo(0.98);
    assertThat(withDefaults.precision())
        .as("the guardrails never cost precision")
        .isGreaterThanOrEqualTo(withoutGuardrails.precision());
  }

  private Figures resolve(GeneratedWorld world, Guardrails guardrails, String runId) {
    new Resolver(driver, CLOCK, guardrails).resolve(EntityKind.PERSON, runId);
    List<Prediction> predictions = new GraphOps(driver).predictions(EntityKind.PERSON);
    return PairwiseQuality.measure(runId, predictions, world.persons());
  }

  /** One resolution's figures, for the test's log. */
  private static String report(Figures f) {
    return ("%s: precision %.5f recall %.5f F1 %.5f; %d scored of %d identifiers (%d ambiguous,"
            + " %d unknown, %d scored but excluded); over-merged %d, under-merged %d of %d true"
            + " people; largest component %d%n  false pairs by types %s%n  missed pairs by types"
            + " %s%n  traps %s%n")
        .formatted(
            f.name(),
            f.precision(),
            f.recall(),
            f.f1(),
            f.scored(),
            f.identifiers(),
            f.ambiguous(),
            f.unknown(),
            f.scoredExcluded(),
            f.overMerged(),
            f.underMerged(),
            f.trueEntities(),
            f.largestComponent(),
            new TreeMap<>(f.falsePairsByTypes()),
            new TreeMap<>(f.missedPairsByTypes()),
            new TreeMap<>(f.ambiguousByTrap()));
  }

  /** Removes everything person resolution writes, leaving the loaded graph as it was. */
  private void resetResolution() {
    new GraphOps(driver).resetResolution(EntityKind.PERSON);
  }

  private Set<String> identifierPropertyKeys() {
    return driver
        .executableQuery("MATCH (i:PersonIdentifier) UNWIND keys(i) AS k RETURN DISTINCT k")
        .execute()
        .records()
        .stream()
        .map(r -> r.get("k").asString())
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private long count(String cypher) {
    return driver.executableQuery(cypher).execute().records().getFirst().get("n").asLong();
  }

  /** Every linkable SAME_AS between person identifiers. */
  private List<WhatIf.Link> links() {
    return driver
        .executableQuery(
            "MATCH (a:PersonIdentifier)-[r:SAME_AS]->(b:PersonIdentifier) WHERE r.linkable = true"
                + " RETURN a.type AS at, a.value AS av, b.type AS bt, b.value AS bv")
        .execute()
        .records()
        .stream()
        .map(
            r ->
                new WhatIf.Link(
                    new IdentifierKey(r.get("at").asString(), r.get("av").asString()),
                    new IdentifierKey(r.get("bt").asString(), r.get("bv").asString())))
        .toList();
  }

  /**
   * For each ambiguous identifier in the graph: its trap, whether resolution excluded it, its
   * linkable SAME_AS neighbours by type and the identifiers sharing one of its edge_ids by type.
   */
  private List<String> sharedLinks(GeneratedWorld world) {
    List<Map<String, Object>> keys =
        world.persons().owners().keySet().stream()
            .filter(
                k ->
                    world.persons().traps().containsKey(k)
                        || world.persons().owners().get(k).size() != 1)
            .map(k -> Map.<String, Object>of("type", k.type(), "value", k.value()))
            .toList();
    return driver
        .executableQuery(
            """
            UNWIND $keys AS key
            MATCH (i:PersonIdentifier {type: key.type, value: key.value})
            CALL (i) {
              OPTIONAL MATCH (i)-[r:SAME_AS]-(j:PersonIdentifier) WHERE r.linkable = true
              WITH j.type AS type, count(DISTINCT j) AS n WHERE type IS NOT NULL
              RETURN collect(type + '=' + n) AS direct
            }
            CALL (i) {
              OPTIONAL MATCH (i)-[r:SAME_AS]-() WHERE r.linkable = true
              WITH collect(DISTINCT r.edge_id) AS edges
              OPTIONAL MATCH ()-[s:SAME_AS]-(j:PersonIdentifier)
              WHERE s.edge_id IN edges AND j <> i
              WITH j.type AS type, count(DISTINCT j) AS n WHERE type IS NOT NULL
              RETURN collect(type + '=' + n) AS coEdge
            }
            RETURN i.type + ':' + i.value AS id, coalesce(i.excluded, false) AS excluded,
                   direct, coEdge
            ORDER BY id
            """)
        .withParameters(Map.of("keys", keys))
        .execute()
        .records()
        .stream()
        .map(
            r -> {
              String id = r.get("id").asString();
              IdentifierKey key =
                  new IdentifierKey(
                      id.substring(0, id.indexOf(':')), id.substring(id.indexOf(':') + 1));
              return "  %s trap=%s owners=%d excluded=%s same_as=%s co_edge=%s"
                  .formatted(
                      id,
                      world.persons().traps().getOrDefault(key, "-"),
                      world.persons().owners().get(key).size(),
                      r.get("excluded").asBoolean(),
                      new TreeSet<>(r.get("direct").asList(v -> v.asString())),
                      new TreeSet<>(r.get("coEdge").asList(v -> v.asString())));
            })
        .toList();
  }
}
