package io.nexusgraph.graph.load.bulk;

import static org.assertj.core.api.Assertions.assertThat;

import io.nexusgraph.graph.load.LoadPlan;
import io.nexusgraph.ingest.eventlog.EventLogBatch;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportFilesTest {

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2025-01-01T00:00:00Z"), ZoneOffset.UTC);

  @TempDir Path dir;

  @Test
  void writesOneInputPerLabelSetAndTypeWithTheRowsOfThePlan() {
    List<ImportSource> sources = ImportFiles.write(LoadPlan.of(NastyRecords.batches()), dir, 2);

    assertThat(sources)
        .extracting(
            s -> (s.nodes() ? "--nodes=" : "--relationships=") + s.labelsOrType() + " " + s.rows())
        .containsExactly(
            "--nodes=Event 2",
            "--nodes=PersonIdentifier:PendingBuild 3",
            "--nodes=GroupIdentifier:PendingBuild 2",
            "--nodes=PersonTrait 2",
            "--nodes=GroupTrait 1",
            "--relationships=INVOLVES 5",
            "--relationships=INVOLVES 2",
            "--relationships=SAME_AS 3",
            "--relationships=SAME_AS 1",
            "--relationships=TRAIT_OBSERVED 2",
            "--relationships=MEMBER_OF_OBSERVED 1");
  }

  @Test
  void headersCarryNodeIdsAndTheTypesTheBoltLoaderStores() throws Exception {
    List<ImportSource> sources = ImportFiles.write(LoadPlan.of(NastyRecords.batches()), dir, 2);

    assertThat(firstLine(sources, "Event"))
        .isEqualTo(
            ":ID,event_id,occurred_at:datetime,name,type,source,description,value:double,"
                + "value_unit,consent");
    assertThat(firstLine(sources, "PersonIdentifier:PendingBuild"))
        .isEqualTo(
            ":ID,type,value,first_seen_at:datetime,last_seen_at:datetime,source,email_domain");
    assertThat(firstLine(sources, "SAME_AS"))
        .isEqualTo(
            ":START_ID,:END_ID,edge_id,source,occurred_at:datetime,event_id,linkable:boolean,"
                + "link:int");
    // Line breaks in identifier values stay in the node files: relationships refer to node ids.
    assertThat(sources)
        .filteredOn(ImportSource::multiline)
        .extracting(s -> s.file().getFileName().toString())
        .containsExactly(
            "Event.csv",
            "PersonIdentifier-PendingBuild.csv",
            "GroupIdentifier-PendingBuild.csv",
            "PersonTrait.csv");
  }

  /**
   * Events take ids 0.., person identifiers the next block, each in plan order; an INVOLVES row
   * holds the ids of its event's and its identifier's rows.
   */
  @Test
  void relationshipsReferToTheNodeIdsOfTheirEndsRows() throws Exception {
    LoadPlan plan = LoadPlan.of(NastyRecords.batches());
    List<Map<String, Object>> events = plan.events();
    List<Map<String, Object>> persons = plan.personIdentifiers();
    List<String> expected = new ArrayList<>();
    for (Map<String, Object> r : plan.involvesPerson()) {
      int event = indexOf(events, e -> e.get("event_id").equals(r.get("event_id")));
      int person =
          indexOf(
              persons,
              i -> i.get("type").equals(r.get("type")) && i.get("value").equals(r.get("value")));
      expected.add(event + "," + (events.size() + person));
    }

    List<ImportSource> sources = ImportFiles.write(plan, dir, 2);

    Path involves =
        sources.stream()
            .filter(s -> s.file().getFileName().toString().equals("INVOLVES-person.csv"))
            .findFirst()
            .orElseThrow()
            .file();
    List<String> ends =
        Files.readAllLines(involves).stream()
            .skip(1)
            .map(line -> line.substring(0, line.indexOf(',', line.indexOf(',') + 1)))
            .toList();
    assertThat(ends).hasSize(5).containsExactlyElementsOf(expected);
  }

  private static int indexOf(List<Map<String, Object>> rows, Predicate<Map<String, Object>> p) {
    for (int i = 0; i < rows.size(); i++) {
      if (p.test(rows.get(i))) {
        return i;
      }
    }
    throw new AssertionError("no such row");
  }

  /**
   * Files written in parallel are byte for byte those written one after another, and the inputs
   * come back in the same order with the same counts, on generated data plus the nasty records.
   */
  @Test
  void writingInParallelGivesTheSameFilesAsWritingOneAfterAnother() throws Exception {
    List<EventLogBatch> batches =
        new ArrayList<>(GeneratedBatches.of(dir.resolve("data"), 800, CLOCK));
    batches.addAll(NastyRecords.batches());
    LoadPlan plan = LoadPlan.of(batches);

    List<ImportSource> sequential = ImportFiles.write(plan, dir.resolve("one"), 1);
    List<ImportSource> parallel = ImportFiles.write(plan, dir.resolve("four"), 4);

    assertThat(parallel).hasSize(sequential.size()).hasSize(12);
    for (int i = 0; i < sequential.size(); i++) {
      ImportSource one = sequential.get(i);
      ImportSource four = parallel.get(i);
      assertThat(four.file().getFileName()).isEqualTo(one.file().getFileName());
      assertThat(List.of(four.nodes(), four.labelsOrType(), four.rows(), four.multiline()))
          .isEqualTo(List.of(one.nodes(), one.labelsOrType(), one.rows(), one.multiline()));
      assertThat(Files.readAllBytes(four.file()))
          .as(four.file().getFileName().toString())
          .isEqualTo(Files.readAllBytes(one.file()));
    }
    assertThat(sequential).allSatisfy(s -> assertThat(s.rows()).isPositive());
  }

  private static String firstLine(List<ImportSource> sources, String labelsOrType)
      throws Exception {
    Path file =
        sources.stream()
            .filter(s -> s.labelsOrType().equals(labelsOrType))
            .findFirst()
            .orElseThrow()
            .file();
    return Files.readAllLines(file).getFirst();
  }
}
