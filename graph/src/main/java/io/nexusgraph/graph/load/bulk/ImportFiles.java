package io.nexusgraph.graph.load.bulk;

import static io.nexusgraph.graph.load.bulk.Column.property;

import io.nexusgraph.graph.concurrent.Parallel;
import io.nexusgraph.graph.identity.IdentifierKey;
import io.nexusgraph.graph.load.LoadPlan;
import io.nexusgraph.graph.load.bulk.NodeIds.Space;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Writes a {@link LoadPlan} as the importer's input files: the same rows the Bolt loader sends,
 * shaped as the graph the {@code cypher/load/} statements leave in an empty database, but for one
 * label. Identifiers are new there, so each is labelled {@code PendingBuild}; not {@code
 * PendingResolve}, because an imported graph has no resolver state and its first resolution looks
 * at every identifier anyway, after which it would only remove the labels again (3.9 s of the first
 * resolve at the large scale: removing a label updates the counts of every relationship of the
 * node). Events carry no {@code loading} flag; a trait without a hub gets no {@code
 * TRAIT_OBSERVED}. Inputs without rows are left out. Nodes carry the store's own ids ({@link
 * NodeIds}), assigned in the order the node files are listed, and relationships refer to their ends
 * by those ids.
 */
final class ImportFiles {

  private static final String PERSON = "PersonIdentifier";
  private static final String GROUP = "GroupIdentifier";
  private static final String PENDING = ":PendingBuild";

  private ImportFiles() {}

  /**
   * Writes the plan's files into {@code dir}, up to {@code threads} files at once; the files and
   * the returned inputs (in a fixed order) are the same whatever the number of threads.
   */
  static List<ImportSource> write(LoadPlan plan, Path dir, int threads) {
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the import directory " + dir, e);
    }
    NodeIds ids = new NodeIds();
    Space events = ids.space("Event", plan.events(), r -> r.get("event_id"));
    Space persons = ids.space(PERSON, plan.personIdentifiers(), ImportFiles::identifierKey);
    Space groups = ids.space(GROUP, plan.groupIdentifiers(), ImportFiles::identifierKey);
    Space personTraits = ids.space("PersonTrait", plan.personTraits().rows(), r -> r.get("id"));
    Space groupTraits = ids.space("GroupTrait", plan.groupTraits().rows(), r -> r.get("id"));
    Inputs w = new Inputs(dir);
    w.nodes("Event", plan.events(), eventColumns(events));
    w.nodes(PERSON + PENDING, plan.personIdentifiers(), identifierColumns(persons, true));
    w.nodes(GROUP + PENDING, plan.groupIdentifiers(), identifierColumns(groups, false));
    w.nodes("PersonTrait", plan.personTraits().rows(), traitColumns(personTraits));
    w.nodes("GroupTrait", plan.groupTraits().rows(), traitColumns(groupTraits));
    w.relationships("INVOLVES", "person", plan.involvesPerson(), involvesColumns(events, persons));
    w.relationships("INVOLVES", "group", plan.involvesGroup(), involvesColumns(events, groups));
    w.relationships("SAME_AS", "person", plan.sameAsPerson(), sameAsColumns(persons));
    w.relationships("SAME_AS", "group", plan.sameAsGroup(), sameAsColumns(groups));
    w.relationships(
        "TRAIT_OBSERVED",
        "person",
        withHub(plan.personTraits().rows()),
        observed(persons, personTraits));
    w.relationships(
        "TRAIT_OBSERVED",
        "group",
        withHub(plan.groupTraits().rows()),
        observed(groups, groupTraits));
    w.relationships(
        "MEMBER_OF_OBSERVED", "", plan.memberships(), membershipColumns(persons, groups));
    return w.write(threads);
  }

  private static Object identifierKey(Map<String, Object> row) {
    return key(row, "type", "value");
  }

  /**
   * An identifier's key in its {@link Space}, from the row's type and value fields: a record of the
   * row's own strings, whose hashes the strings keep, rather than a new string per lookup.
   */
  private static IdentifierKey key(Map<String, Object> row, String typeKey, String valueKey) {
    return new IdentifierKey((String) row.get(typeKey), (String) row.get(valueKey));
  }

  /** The node's id in the store, not stored as a property. */
  private static Column nodeId(Space space) {
    return new Column(":ID", space::idOfRow);
  }

  private static List<Column> eventColumns(Space events) {
    return List.of(
        nodeId(events),
        property("event_id"),
        property("occurred_at", "datetime"),
        property("name"),
        property("type"),
        property("source"),
        property("description"),
        property("value", "double"),
        property("value_unit"),
        property("consent"));
  }

  private static List<Column> identifierColumns(Space space, boolean person) {
    List<Column> columns = new ArrayList<>();
    columns.add(nodeId(space));
    columns.add(property("type"));
    columns.add(property("value"));
    columns.add(property("first_seen_at", "datetime"));
    columns.add(property("last_seen_at", "datetime"));
    columns.add(property("source"));
    if (person) {
      columns.add(property("email_domain"));
    }
    return columns;
  }

  private static List<Column> traitColumns(Space traits) {
    return List.of(
        nodeId(traits),
        property("id"),
        property("name"),
        property("value"),
        property("source"),
        property("occurred_at", "datetime"),
        property("event_id"),
        property("edge_id"));
  }

  private static Column end(String header, Space space, String typeKey, String valueKey) {
    return new Column(header, r -> space.id(key(r, typeKey, valueKey)));
  }

  private static List<Column> involvesColumns(Space events, Space identifiers) {
    return List.of(
        new Column(":START_ID", r -> events.id(r.get("event_id"))),
        end(":END_ID", identifiers, "type", "value"),
        property("edge_id"),
        property("role"));
  }

  private static List<Column> sameAsColumns(Space identifiers) {
    return List.of(
        end(":START_ID", identifiers, "hub_type", "hub_value"),
        end(":END_ID", identifiers, "other_type", "other_value"),
        property("edge_id"),
        property("source"),
        property("occurred_at", "datetime"),
        property("event_id"),
        property("linkable", "boolean"),
        new Column("link:int", r -> Boolean.TRUE.equals(r.get("linkable")) ? 1 : 0));
  }

  private static List<Column> observed(Space identifiers, Space traits) {
    return List.of(
        end(":START_ID", identifiers, "hub_type", "hub_value"),
        new Column(":END_ID", r -> traits.id(r.get("id"))));
  }

  private static List<Column> membershipColumns(Space persons, Space groups) {
    return List.of(
        end(":START_ID", persons, "person_type", "person_value"),
        end(":END_ID", groups, "group_type", "group_value"),
        property("event_id"),
        property("role"),
        property("occurred_at", "datetime"),
        property("source"));
  }

  private static List<Map<String, Object>> withHub(List<Map<String, Object>> traits) {
    Predicate<Map<String, Object>> hasHub = r -> r.get("hub_type") != null;
    return traits.stream().filter(hasHub).toList();
  }

  /** One file to write: what it holds, its rows and its columns. */
  private record Input(
      boolean nodes,
      String labelsOrType,
      Path file,
      List<Map<String, Object>> rows,
      List<Column> columns) {

    ImportSource write() {
      CsvFile csv = new CsvFile(file, columns.stream().map(Column::header).toList());
      try (csv) {
        List<Object> values = new ArrayList<>(columns.size());
        for (Map<String, Object> row : rows) {
          values.clear();
          for (Column c : columns) {
            values.add(c.value().apply(row));
          }
          csv.row(values);
        }
      }
      return new ImportSource(nodes, labelsOrType, file, csv.rows(), csv.multiline());
    }
  }

  /** The inputs with rows, one file each, named after what it holds. */
  private record Inputs(Path dir, List<Input> inputs) {

    Inputs(Path dir) {
      this(dir, new ArrayList<>());
    }

    void nodes(String labels, List<Map<String, Object>> rows, List<Column> columns) {
      add(true, labels, labels.replace(':', '-'), rows, columns);
    }

    void relationships(
        String type, String kind, List<Map<String, Object>> rows, List<Column> columns) {
      add(false, type, kind.isEmpty() ? type : type + "-" + kind, rows, columns);
    }

    private void add(
        boolean nodes,
        String labelsOrType,
        String name,
        List<Map<String, Object>> rows,
        List<Column> columns) {
      if (!rows.isEmpty()) {
        inputs.add(new Input(nodes, labelsOrType, dir.resolve(name + ".csv"), rows, columns));
      }
    }

    /** Writes every file, largest first so that the longest one starts at once. */
    List<ImportSource> write(int threads) {
      List<Input> bySize = new ArrayList<>(inputs);
      bySize.sort(Comparator.comparingInt((Input i) -> i.rows().size()).reversed());
      Map<Input, Supplier<ImportSource>> written = new IdentityHashMap<>();
      try (Parallel parallel = new Parallel(threads)) {
        for (Input input : bySize) {
          written.put(input, parallel.submit(input::write));
        }
        return inputs.stream().map(i -> written.get(i).get()).toList();
      }
    }
  }
}
