package io.nexusgraph.graph.load.bulk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.nexusgraph.graph.load.GraphLoader;
import io.nexusgraph.graph.load.LoadResult;
import io.nexusgraph.graph.resolution.Guardrails;
import io.nexusgraph.graph.resolution.Resolver;
import io.nexusgraph.graph.schema.GraphSchema;
import io.nexusgraph.ingest.eventlog.EntityKind;
import io.nexusgraph.ingest.eventlog.EventLogBatch;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bulk import against a real embedded Neo4j of this class's own: it must leave exactly the
 * graph the Bolt loader leaves in an empty graph, so that resolution afterwards is the same.
 */
class BulkImportIT {

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2025-01-01T00:00:00Z"), ZoneOffset.UTC);

  private static OwnNeo4j neo4j;

  @BeforeAll
  static void start() throws Exception {
    neo4j = new OwnNeo4j();
  }

  @AfterAll
  static void stop() {
    neo4j.close();
  }

  @BeforeEach
  void emptyGraph() {
    neo4j.wipe();
  }

  /**
   * One import (a restart of the server is the slow part): the generated data plus records whose
   * values CSV can get wrong, loaded over Bolt and imported, give the same graph and, resolved, the
   * same entities with the same ids.
   */
  @Test
  void importsTheGraphTheBoltLoaderWritesAndResolvesItTheSame(@TempDir Path dir) {
    List<EventLogBatch> batches = new ArrayList<>(GeneratedBatches.of(dir, 1_500, CLOCK));
    batches.addAll(NastyRecords.batches());
    GraphSchema.apply(neo4j.driver());
    LoadResult bolt = new GraphLoader(neo4j.driver()).load(batches);
    List<String> boltGraph = GraphDump.of(neo4j.driver());
    List<String> boltSchema = schema();
    resolve();
    List<String> boltResolved = GraphDump.of(neo4j.driver());
    Map<String, Object> boltEntities = entities();
    neo4j.wipe();

    BulkLoadResult bulk = bulkImport(batches);

    assertThat(bulk.load()).isEqualTo(withMillis(bolt, bulk.load().elapsedMillis()));
    assertThat(bulk.nodes())
        .isEqualTo(
            bolt.events() + bolt.personIdentifiers() + bolt.groupIdentifiers() + bolt.traits());
    assertThat(bulk.relationships())
        .isEqualTo(
            bolt.involves()
                + bolt.sameAsEdges()
                + bolt.memberships()
                + bolt.traits()
                - bolt.traitsWithoutIdentifier());
    assertThat(GraphDump.of(neo4j.driver()))
        .as(
            "the Bolt loader's graph without its PendingResolve labels: an imported graph is"
                + " resolved whole the first time, so the import leaves them out")
        .containsExactlyElementsOf(GraphDump.withoutLabel(boltGraph, "PendingResolve"));
    assertThat(schema())
        .as("the import creates the constraints and indexes GraphSchema.apply does, all online")
        .containsExactlyElementsOf(boltSchema)
        .hasSize(21 + 7);
    assertThat(nastyEvent())
        .isEqualTo(
            Map.of(
                "d",
                NastyRecords.QUOTED,
                "n",
                NastyRecords.UNICODE,
                "role",
                "",
                "v",
                NastyRecords.EMAIL));
    resolve();
    assertThat(entities()).isEqualTo(boltEntities);
    assertThat(GraphDump.of(neo4j.driver())).containsExactlyElementsOf(boltResolved);
    assertThat(boltEntities.values().stream().distinct().count())
        .as("the data links identifiers, so the comparison is not trivial")
        .isLessThan(boltEntities.size());
  }

  @Test
  void refusesAGraphThatIsNotEmptyAndLeavesItAlone() {
    List<EventLogBatch> batches = NastyRecords.batches();
    GraphSchema.apply(neo4j.driver());
    new GraphLoader(neo4j.driver()).load(batches.subList(1, 2));
    List<String> before = GraphDump.of(neo4j.driver());
    long pid = neo4j.server.pid();

    assertThatThrownBy(() -> bulkImport(batches))
        .isInstanceOf(BulkImportException.class)
        .hasMessageContaining("The graph holds 3 nodes")
        .hasMessageContaining("only loads into an empty graph");

    assertThat(neo4j.server.pid()).isEqualTo(pid);
    assertThat(GraphDump.of(neo4j.driver())).containsExactlyElementsOf(before);
  }

  /**
   * Against a home of its own with no server (a restart costs a minute on a busy machine): the
   * importer fails on a node id that is not a number (the files carry the store's own ids), the
   * message names its log, and the half-written store is gone, so that the server creates the
   * default database empty at its next start.
   */
  @Test
  void aFailedImportNamesItsLogAndDeletesTheHalfWrittenStore(@TempDir Path dir) throws Exception {
    Path home = dir.resolve("home");
    Path malformed = dir.resolve("events.csv");
    Files.writeString(malformed, ":ID,event_id\n\"e1\",\"e1\"\n");
    ImportSource notAnId = new ImportSource(true, "Event", malformed, 1, false);
    ImportTarget target =
        new ImportTarget(home, neo4j.server.distribution(), neo4j.server.jvmFlags(), Runnable::run);
    Path log = home.resolve("logs/import.log");

    assertThatThrownBy(() -> AdminImport.run(target, neo4j.settings(), List.of(notAnId)))
        .isInstanceOf(BulkImportException.class)
        .hasMessageContaining("failed with exit code")
        .hasMessageContaining(log.toString())
        .hasMessageContaining("the graph is empty again");

    assertThat(Files.readString(log)).contains("e1");
    assertThat(home.resolve("data/databases/neo4j")).doesNotExist();
    assertThat(home.resolve("data/transactions/neo4j")).doesNotExist();
  }

  private static BulkLoadResult bulkImport(List<EventLogBatch> batches) {
    try {
      return new BulkGraphImport(neo4j::connect, neo4j.target(), neo4j.settings())
          .importInto(batches);
    } finally {
      neo4j.reconnect();
    }
  }

  /** Every index (constraints' own included) and constraint, without ids, sorted. */
  private static List<String> schema() {
    List<String> lines = new ArrayList<>();
    for (String show :
        List.of(
            "SHOW INDEXES YIELD name, type, entityType, labelsOrTypes, properties,"
                + " owningConstraint, state RETURN *",
            "SHOW CONSTRAINTS YIELD name, type, entityType, labelsOrTypes, properties RETURN *")) {
      neo4j.driver().executableQuery(show).execute().records().stream()
          .map(r -> show.substring(5, show.indexOf(' ', 5)) + " " + new TreeMap<>(r.asMap()))
          .forEach(lines::add);
    }
    return lines.stream().sorted().toList();
  }

  private static Map<String, Object> nastyEvent() {
    return neo4j
        .driver()
        .executableQuery(
            "MATCH (e:Event)-[r:INVOLVES]->(i:PersonIdentifier {type: 'email'})"
                + " WHERE e.event_id = $id"
                + " RETURN e.description AS d, e.name AS n, r.role AS role, i.value AS v")
        .withParameters(Map.of("id", "evt_\"1\",x"))
        .execute()
        .records()
        .getFirst()
        .asMap();
  }

  private static void resolve() {
    Resolver resolver = new Resolver(neo4j.driver(), CLOCK, Guardrails.defaults());
    resolver.resolve(EntityKind.PERSON, "run-1");
    resolver.resolve(EntityKind.GROUP, "run-1");
  }

  /** Identifier key → entity id, persons and groups. */
  private static Map<String, Object> entities() {
    return neo4j
        .driver()
        .executableQuery(
            "MATCH (i) WHERE i:PersonIdentifier OR i:GroupIdentifier"
                + " RETURN collect([CASE WHEN i:PersonIdentifier THEN 'person' ELSE 'group' END + ':' + i.type + ':' + i.value,"
                + " coalesce(i.entity_id, '-')]) AS pairs")
        .execute()
        .records()
        .getFirst()
        .get("pairs")
        .asList(v -> v.asList())
        .stream()
        .collect(
            java.util.stream.Collectors.toMap(
                p -> (String) p.get(0), p -> p.get(1), (a, b) -> a, java.util.TreeMap::new));
  }

  private static LoadResult withMillis(LoadResult r, long millis) {
    return new LoadResult(
        r.events(),
        r.personIdentifiers(),
        r.groupIdentifiers(),
        r.traits(),
        r.traitsWithoutIdentifier(),
        r.sameAsEdges(),
        r.involves(),
        r.memberships(),
        millis);
  }
}
