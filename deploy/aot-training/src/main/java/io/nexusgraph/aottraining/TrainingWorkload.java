package io.nexusgraph.aottraining;

import io.nexusgraph.embedded.AotCache;
import io.nexusgraph.embedded.Directories;
import io.nexusgraph.embedded.EmbeddedNeo4j;
import io.nexusgraph.graph.entities.EntityBuilder;
import io.nexusgraph.graph.entities.EntityExport;
import io.nexusgraph.graph.export.ResolvedExport;
import io.nexusgraph.graph.load.GraphLoader;
import io.nexusgraph.graph.membership.MembershipRules;
import io.nexusgraph.graph.resolution.Guardrails;
import io.nexusgraph.graph.resolution.Resolver;
import io.nexusgraph.graph.schema.GraphSchema;
import io.nexusgraph.graph.traits.TraitRules;
import io.nexusgraph.ingest.eventlog.EntityKind;
import io.nexusgraph.ingest.eventlog.EventLogBatch;
import io.nexusgraph.ingest.generator.DemoDataGenerator;
import io.nexusgraph.ingest.generator.GeneratedData;
import io.nexusgraph.ingest.generator.Scale;
import io.nexusgraph.ingest.normalize.NormalizationConfig;
import io.nexusgraph.ingest.normalize.Normalizer;
import io.nexusgraph.ingest.source.SourceFolders;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;

/**
 * What the training server runs: the nights of a small deployment, the way {@code nexus run} drives
 * the graph. Generated data (a fixed seed) is read through the real source adapters; most of it is
 * loaded over Bolt, resolved, built into entities and exported on the first night, the rest in
 * {@link #INCREMENTS} small increments on the nights after (the scoped resolution by region). The
 * cache then holds the classes and method profiles of the load, GDS, the resolver's statements and
 * the exports, not only those of a start.
 */
final class TrainingWorkload implements AotCache.Workload {

  static final Scale SCALE = new Scale("aot-training", 40_000);
  static final long SEED = 20261123L;
  static final int INCREMENTS = 3;

  /** Each increment's share of the events, as a nightly run would see. */
  private static final int INCREMENT_DIVISOR = 50;

  private final Clock clock = Clock.systemUTC();

  @Override
  public void run(EmbeddedNeo4j server) throws Exception {
    Path data = Files.createTempDirectory("nexus-aot-training-");
    try (Driver driver =
        GraphDatabase.driver(
            server.boltUri(),
            AuthTokens.basic(server.user(), server.password()),
            Config.builder().withLogging(Logging.slf4j()).build())) {
      List<List<EventLogBatch>> nights = nights(data);
      GraphSchema.apply(driver);
      for (int night = 0; night < nights.size(); night++) {
        long start = System.nanoTime();
        night(driver, nights.get(night), "aot-training-" + night);
        System.out.printf(
            "AOT training night %d: %d events loaded, resolved, built and exported in %.1f s%n",
            night, nights.get(night).size(), (System.nanoTime() - start) / 1e9);
      }
    } finally {
      Directories.deleteQuietly(data);
    }
  }

  /** The generated events in a seeded random order, cut into the first night and the increments. */
  List<List<EventLogBatch>> nights(Path data) {
    GeneratedData generated = new DemoDataGenerator(SEED, SCALE).writeTo(data);
    List<EventLogBatch> batches = new ArrayList<>();
    SourceFolders.read(
        data,
        generated.recordsPerSource().keySet(),
        new Normalizer(NormalizationConfig.defaults()),
        clock,
        batches::add);
    Collections.shuffle(batches, new Random(SEED));
    int increment = batches.size() / INCREMENT_DIVISOR;
    int first = batches.size() - INCREMENTS * increment;
    List<List<EventLogBatch>> nights = new ArrayList<>();
    nights.add(batches.subList(0, first));
    for (int i = 0; i < INCREMENTS; i++) {
      nights.add(batches.subList(first + i * increment, first + (i + 1) * increment));
    }
    return nights;
  }

  private void night(Driver driver, List<EventLogBatch> batches, String runId) {
    new GraphLoader(driver).load(batches);
    Resolver resolver = new Resolver(driver, clock, Guardrails.defaults());
    for (EntityKind kind : EntityKind.values()) {
      resolver.resolve(kind, runId);
    }
    new EntityBuilder(driver, TraitRules.defaults(), MembershipRules.defaults()).build(runId);
    ResolvedExport resolved = new ResolvedExport(driver);
    for (EntityKind kind : EntityKind.values()) {
      resolved.identifiers(kind, identifier -> {});
      resolved.history(kind, change -> {});
    }
    EntityExport entities = new EntityExport(driver);
    entities.personTraits(trait -> {});
    entities.groupTraits(trait -> {});
    entities.memberships(membership -> {});
    entities.personParticipants(participation -> {});
    entities.groupParticipants(participation -> {});
  }
}
