package io.nexusgraph.graph.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.nexusgraph.graph.schema.GraphSchema;
import io.nexusgraph.testkit.NexusServers;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neo4j.driver.Driver;

/** Events written by several writers at once: the same graph, progress counted over all. */
@ExtendWith(NexusServers.class)
class LoadWritersIT {

  private final Driver driver;
  private final LoaderFixture f = new LoaderFixture(UUID.randomUUID().toString().substring(0, 8));

  LoadWritersIT(Driver driver) {
    this.driver = driver;
    GraphSchema.apply(driver);
  }

  @AfterEach
  void cleanUp() {
    LoaderSnapshot.delete(driver, f.s);
  }

  @Test
  void concurrentWritersWriteTheSameGraphAsOneAndLoadingAgainChangesNothing() {
    // e1, e2 and e3 share alice or bob; e4 (the company) shares nothing: two writers have work
    assertThat(DisjointBundles.split(LoadPlan.of(f.batches()).eventBundles(), 4))
        .extracting(part -> part.stream().map(b -> b.get("event_id")).toList())
        .containsExactly(List.of(f.event(1), f.event(2), f.event(3)), List.<Object>of(f.event(4)));
    new GraphLoader(driver, GraphLoader.DEFAULT_BATCH_SIZE, LoadListener.NONE, 1).load(f.batches());
    List<String> nodes = LoaderSnapshot.nodes(driver, f.s);
    List<String> rels = LoaderSnapshot.relationships(driver, f.s);
    LoaderSnapshot.delete(driver, f.s);

    GraphLoader concurrent = new GraphLoader(driver, 1, LoadListener.NONE, 4);
    concurrent.load(f.batches());
    assertThat(LoaderSnapshot.nodes(driver, f.s)).isEqualTo(nodes);
    assertThat(LoaderSnapshot.relationships(driver, f.s)).isEqualTo(rels);

    concurrent.load(f.batches());
    assertThat(nodes).hasSize(17);
    assertThat(rels).hasSize(20);
    assertThat(LoaderSnapshot.nodes(driver, f.s)).isEqualTo(nodes);
    assertThat(LoaderSnapshot.relationships(driver, f.s)).isEqualTo(rels);
  }

  @Test
  void progressCountsEveryWritersTransactionsOneAtATime() {
    List<LoadProgress> seen = new ArrayList<>();

    new GraphLoader(driver, 1, seen::add, 2).load(f.batches());

    List<LoadProgress> events = seen.stream().filter(p -> p.statement().equals("event")).toList();
    assertThat(events)
        .extracting(
            p ->
                "%d/%d %d/%d"
                    .formatted(
                        p.statementRowsDone(), p.statementRows(), p.rowsDone(), p.rowsTotal()))
        .containsExactly("1/4 11/14", "2/4 12/14", "3/4 13/14", "4/4 14/14");
    assertThat(seen).hasSize(14);
  }
}
