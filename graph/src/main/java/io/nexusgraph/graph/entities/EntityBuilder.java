package io.nexusgraph.graph.entities;

import io.nexusgraph.graph.cypher.Cypher;
import io.nexusgraph.graph.membership.MembershipBuilder;
import io.nexusgraph.graph.membership.MembershipRules;
import io.nexusgraph.graph.participation.ParticipationBuilder;
import io.nexusgraph.graph.traits.TraitResolver;
import io.nexusgraph.graph.traits.TraitRules;
import io.nexusgraph.ingest.eventlog.EntityKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.neo4j.driver.Driver;
import org.neo4j.driver.exceptions.Neo4jException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The step after resolution: once persons and groups are resolved ({@code Resolver} for both
 * kinds), derives what the final tables show about them: resolved traits ({@link TraitResolver}),
 * memberships ({@link MembershipBuilder}) and participation in events ({@link
 * ParticipationBuilder}).
 *
 * <p>{@link #build} recomputes only the entities a run touched: those the resolution run changed or
 * named in a merge or split, and those holding an identifier that a load saw since the last
 * successful build (loads label such identifiers {@code PendingBuild}; the build removes the labels
 * when it succeeds, so a failed build is simply run again). Each entity is recomputed from all of
 * its identifiers, so the result equals {@link #buildAll}, which recomputes every entity and is the
 * answer after a rule change (trait priorities, membership inference). A recomputation that finds
 * nothing new writes nothing, so running a build twice changes nothing.
 */
public final class EntityBuilder {

  /** Entities per transaction unless told otherwise. */
  public static final int DEFAULT_BATCH_SIZE = 500;

  private static final Logger LOG = LoggerFactory.getLogger(EntityBuilder.class);
  private static final int CLEAR_BATCH = 10_000;

  private final Driver driver;
  private final TraitResolver traits;
  private final MembershipBuilder memberships;
  private final ParticipationBuilder participation;
  private final int batchSize;

  public EntityBuilder(Driver driver, TraitRules traitRules, MembershipRules membershipRules) {
    this(driver, traitRules, membershipRules, DEFAULT_BATCH_SIZE);
  }

  /**
   * @param batchSize entities per transaction (positive)
   */
  public EntityBuilder(
      Driver driver, TraitRules traitRules, MembershipRules membershipRules, int batchSize) {
    if (batchSize < 1) {
      throw new IllegalArgumentException("entity build batch size must be positive: " + batchSize);
    }
    this.driver = driver;
    this.traits = new TraitResolver(driver, traitRules);
    this.memberships = new MembershipBuilder(driver, membershipRules);
    this.participation = new ParticipationBuilder(driver);
    this.batchSize = batchSize;
  }

  /** Recomputes the entities touched since the last build; {@code runId} is the resolution run. */
  public EntityBuildResult build(String runId) {
    long started = System.nanoTime();
    Totals totals = new Totals();
    List<String> persons = scope(EntityKind.PERSON, runId);
    List<String> groups = scope(EntityKind.GROUP, runId);
    inPages(persons, page -> entityStep(EntityKind.PERSON, page, false, totals));
    TreeSet<String> memberPersons = new TreeSet<>(persons);
    inPages(
        groups,
        page -> {
          entityStep(EntityKind.GROUP, page, false, totals);
          memberPersons.addAll(
              step("group-member-persons", page, () -> memberships.personsOf(page)));
        });
    inPages(new ArrayList<>(memberPersons), page -> membershipStep(page, totals));
    clearPending();
    return finish(
        false,
        new EntityBuildResult.Rebuilt(persons, groups, new ArrayList<>(memberPersons)),
        persons.size(),
        groups.size(),
        totals,
        started,
        runId);
  }

  /** Recomputes every entity, e.g. after a change of trait or membership rules. */
  public EntityBuildResult buildAll() {
    long started = System.nanoTime();
    Totals totals = new Totals();
    int persons =
        allInPages(
            EntityKind.PERSON,
            page -> {
              entityStep(EntityKind.PERSON, page, true, totals);
              membershipStep(page, totals);
            });
    int groups =
        allInPages(EntityKind.GROUP, page -> entityStep(EntityKind.GROUP, page, true, totals));
    clearPending();
    return finish(true, EntityBuildResult.Rebuilt.NONE, persons, groups, totals, started, "full");
  }

  /**
   * @param full a full build checks every participation; an incremental one only those of entities
   *     an identifier left (labelled PendingBuild until the build succeeds)
   */
  private void entityStep(EntityKind kind, List<String> page, boolean full, Totals totals) {
    String name = kind.name().toLowerCase(Locale.ROOT);
    totals.traits += step(name + "-traits", page, () -> traits.resolve(kind, page));
    totals.participations +=
        step(name + "-participation", page, () -> participation.build(kind, page, full));
  }

  private void membershipStep(List<String> page, Totals totals) {
    totals.memberships += step("person-memberships", page, () -> memberships.build(page));
  }

  private List<String> scope(EntityKind kind, String runId) {
    String name = kind.name().toLowerCase(Locale.ROOT);
    return step(
        name + "-scope",
        List.of(),
        () ->
            Cypher.query(driver, "entities/" + name + "-scope", Map.of("run_id", runId)).stream()
                .map(r -> r.get("id").asString())
                .sorted()
                .toList());
  }

  private void inPages(List<String> ids, Consumer<List<String>> work) {
    for (int from = 0; from < ids.size(); from += batchSize) {
      work.accept(ids.subList(from, Math.min(ids.size(), from + batchSize)));
    }
  }

  /** Pages through every entity id of a kind in id order; returns how many there were. */
  private int allInPages(EntityKind kind, Consumer<List<String>> work) {
    String name = kind.name().toLowerCase(Locale.ROOT);
    String after = "";
    int count = 0;
    while (true) {
      String from = after;
      List<String> page =
          step(
              name + "-page",
              List.of(),
              () ->
                  Cypher.query(
                          driver,
                          "entities/" + name + "-page",
                          Map.of("after", from, "limit", batchSize))
                      .stream()
                      .map(r -> r.get("id").asString())
                      .toList());
      if (page.isEmpty()) {
        return count;
      }
      work.accept(page);
      count += page.size();
      after = page.getLast();
    }
  }

  private void clearPending() {
    long cleared;
    do {
      cleared =
          step(
              "clear-pending",
              List.of(),
              () ->
                  Cypher.query(driver, "entities/clear-pending", Map.of("limit", CLEAR_BATCH))
                      .getFirst()
                      .get("cleared")
                      .asLong());
    } while (cleared == CLEAR_BATCH);
  }

  /** Runs one statement, turning a failure into a message that says where and what to do. */
  private static <T> T step(String file, List<String> page, Supplier<T> work) {
    try {
      return work.get();
    } catch (Neo4jException e) {
      String where =
          page.isEmpty()
              ? ""
              : " for %d entities from %s to %s"
                  .formatted(page.size(), page.getFirst(), page.getLast());
      throw new EntityBuildException(
          "Entity build failed at cypher/entities/%s.cypher%s (%s). Entities already rebuilt are"
                  .formatted(file, where, e.code())
              + " consistent and what is left stays marked: fix the cause (is GraphSchema"
              + " applied, is Neo4j up?) and run the build again.",
          e);
    }
  }

  private static EntityBuildResult finish(
      boolean full,
      EntityBuildResult.Rebuilt rebuilt,
      int persons,
      int groups,
      Totals totals,
      long started,
      String run) {
    long millis = (System.nanoTime() - started) / 1_000_000;
    int membershipPersons = full ? persons : rebuilt.membershipPersons().size();
    EntityBuildResult result =
        new EntityBuildResult(
            full,
            persons,
            groups,
            membershipPersons,
            totals.traits,
            totals.memberships,
            totals.participations,
            millis,
            rebuilt);
    LOG.info(
        "Entity build ({}): {} persons, {} groups, memberships of {} persons recomputed; they have"
            + " {} traits, {} memberships, {} participations; {} ms",
        run,
        persons,
        groups,
        membershipPersons,
        totals.traits,
        totals.memberships,
        totals.participations,
        millis);
    return result;
  }

  /** Running sums over the pages of one build. */
  private static final class Totals {
    long traits;
    long memberships;
    long participations;
  }
}
