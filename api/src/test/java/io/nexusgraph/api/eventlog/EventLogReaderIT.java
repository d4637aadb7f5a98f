package io.nexusgraph.api.eventlog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.nexusgraph.ingest.eventlog.EventLogBatch;
import io.nexusgraph.ingest.eventlog.IdentifierObservation;
import io.nexusgraph.ingest.eventlog.MembershipObservation;
import io.nexusgraph.ingest.eventlog.TraitObservation;
import io.nexusgraph.testkit.Neo4jConnection;
import io.nexusgraph.testkit.NexusServers;
import io.nexusgraph.testkit.PostgresConnection;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The event log read back as a run's load reads it: chunk by chunk in ingest order, each event with
 * all of its observations, and only the events of the range asked for.
 */
@ExtendWith(NexusServers.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EventLogReaderIT {

  private EventLogService log;
  private DataSource dataSource;

  @BeforeAll
  void connect(Neo4jConnection neo4j, PostgresConnection postgres) {
    log = new EventLogService(neo4j, postgres);
    dataSource = log.dataSource();
  }

  @BeforeEach
  void empty() throws SQLException {
    log.empty();
  }

  @AfterAll
  void close() throws SQLException {
    log.close();
  }

  @Test
  void readsEveryEventWithItsObservationsInChunksInIngestOrder() throws SQLException {
    List<EventLogBatch> written = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      EventLogBatch batch = EventLogFixture.record("r-" + i, "note " + i);
      EventLogFixture.write(dataSource, List.of(batch));
      written.add(batch);
    }

    List<List<EventLogBatch>> chunks = read(0, Long.MAX_VALUE, 2);

    assertThat(chunks).extracting(List::size).containsExactly(2, 2, 1);
    List<EventLogBatch> read = chunks.stream().flatMap(List::stream).toList();
    assertThat(read).hasSize(5);
    for (int i = 0; i < 5; i++) {
      EventLogBatch w = written.get(i);
      EventLogBatch r = read.get(i);
      assertThat(r.event().eventId()).isEqualTo(w.event().eventId());
      assertThat(r.event().occurredAt()).isEqualTo(w.event().occurredAt());
      assertThat(keys(r.identifiers(), IdentifierObservation::identifierValue))
          .containsExactlyInAnyOrderElementsOf(
              keys(w.identifiers(), IdentifierObservation::identifierValue));
      assertThat(keys(r.traits(), TraitObservation::traitValue))
          .containsExactlyInAnyOrder("note " + i, "Acme");
      assertThat(keys(r.memberships(), MembershipObservation::groupIdentifier))
          .containsExactly("acme.com");
    }
  }

  @Test
  void readsOnlyTheEventsOfItsRange() throws SQLException {
    for (int i = 0; i < 4; i++) {
      EventLogFixture.write(dataSource, List.of(EventLogFixture.record("s-" + i, "x")));
    }
    long first;
    try (Connection c = dataSource.getConnection()) {
      first = EventLogSequence.highWater(c) - 4;
    }

    List<EventLogBatch> read =
        read(first + 1, first + 3, 10).stream().flatMap(List::stream).toList();

    assertThat(keys(read, b -> b.event().sourceRecordId())).containsExactly("s-1", "s-2");
  }

  @Test
  void aFailingSinkStopsTheReadAndLeavesTheConnectionFree() throws SQLException {
    for (int i = 0; i < 5; i++) {
      EventLogFixture.write(dataSource, List.of(EventLogFixture.record("f-" + i, "x")));
    }
    List<Integer> taken = new ArrayList<>();
    try (Connection c = dataSource.getConnection()) {
      EventLogReader reader = new EventLogReader(c, 2);

      assertThatThrownBy(
              () ->
                  reader.read(
                      0,
                      Long.MAX_VALUE,
                      chunk -> {
                        taken.add(chunk.size());
                        throw new IllegalStateException("the load failed");
                      }))
          .isInstanceOf(IllegalStateException.class)
          .hasMessage("the load failed");
      assertThat(taken).containsExactly(2);
      List<Integer> again = new ArrayList<>();
      assertThat(reader.read(0, Long.MAX_VALUE, chunk -> again.add(chunk.size()))).isEqualTo(5);
      assertThat(again).containsExactly(2, 2, 1);
    }
  }

  private List<List<EventLogBatch>> read(long from, long to, int chunk) throws SQLException {
    List<List<EventLogBatch>> chunks = new ArrayList<>();
    try (Connection c = dataSource.getConnection()) {
      long events = new EventLogReader(c, chunk).read(from, to, chunks::add);
      assertThat(events).isEqualTo(chunks.stream().mapToLong(List::size).sum());
    }
    return chunks;
  }

  private static <T> List<String> keys(List<T> items, Function<T, String> key) {
    return items.stream().map(key).toList();
  }
}
