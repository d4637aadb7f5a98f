package io.nexusgraph.graph.resolution;

import io.nexusgraph.graph.cypher.Cypher;
import io.nexusgraph.graph.identity.IdentifierKey;
import io.nexusgraph.graph.partition.UnionFind;
import io.nexusgraph.graph.resolution.Assignment.EntityFacts;
import io.nexusgraph.graph.resolution.ComponentEvidence.Linked;
import io.nexusgraph.graph.resolution.LinkConstraints.Constrained;
import io.nexusgraph.graph.resolution.ResolutionScope.Pending;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The components of an incremental run, from the last run's entities and the evidence loaded since,
 * without projecting the whole graph.
 *
 * <p>Why: a nightly run adds about 1 % of events, and a projection, WCC and key read of the whole
 * kind cost more than everything else such a run does. The last run's entities are its WCC
 * components, or parts of a component the constraints split; evidence is only ever added. So the
 * new components are the old ones joined by the new links: what GDS's seeded (incremental) WCC
 * computes, done here over the few thousand new links with a {@link UnionFind} whose elements are
 * whole entities. What new links alone cannot explain is re-resolved from its stored evidence,
 * whole: an entity that lost an identifier to an exclusion or evidence to an erasure, an excluded
 * identifier that links again (its old evidence counts again), and a component that now breaks a
 * constraint. Whatever that evidence reaches outside the region joins it, until nothing does (the
 * other parts of a component the constraints split, through the links they dropped); so an open
 * component is whole, and resolving it gives what resolving everything would (the
 * incremental-equals-full property test checks it).
 *
 * <p>A joined group that breaks no constraint is one entity even when it holds parts of a split
 * component: every link the constraints dropped still joins too many, and no link inside the group
 * can (docs/graph-model.md gives the argument). Its notes stay as the component's last re-split
 * wrote them.
 *
 * <p>Force-together and force-apart overrides are not handled here: a kind with overrides resolves
 * incrementally through the whole-graph projection ({@link EvidenceComponents}, {@link
 * ResolutionScope#select}).
 */
final class RegionComponents {

  private static final Logger LOG = LoggerFactory.getLogger(RegionComponents.class);

  /**
   * What an incremental run resolved.
   *
   * @param constrained the region's components after the constraints, with their notes
   * @param previous the facts of the region's entities before this run
   * @param keys the identifiers whose notes the run recomputed: those of the components it
   *     re-resolved
   */
  record Region(
      Constrained constrained, Map<String, EntityFacts> previous, Set<IdentifierKey> keys) {}

  private final Driver driver;
  private final String kind;
  private final LinkConstraints constraints;
  private final ExclusionMarks marks;
  private final RegionReads reads;

  /** Elements: the region's entities (whole) and its identifiers without one. */
  private final UnionFind units = new UnionFind(0);

  private final Map<String, Integer> entityUnits = new HashMap<>();
  private final List<String> unread = new ArrayList<>();

  /** Every identifier of the region that links, by node id, and its element. */
  private final Map<Long, Member> members = new HashMap<>();

  private final Map<Long, Integer> unitOf = new HashMap<>();
  private final Map<String, EntityFacts> previous = new HashMap<>();

  /** Elements whose components are re-resolved from their evidence. */
  private final Set<Integer> open = new HashSet<>();

  /** The evidence read so far (records by edge_id), and whose. */
  private final Map<String, Linked> evidence = new HashMap<>();

  private final Set<Long> evidenceRead = new HashSet<>();

  /**
   * @param marks this run's exclusion marks
   * @param reads the region's reads of the same seed, started before the marks were set
   */
  RegionComponents(
      Driver driver,
      String kind,
      LinkConstraints constraints,
      ExclusionMarks marks,
      RegionReads reads) {
    this.driver = driver;
    this.kind = kind;
    this.constraints = constraints;
    this.marks = marks;
    this.reads = reads;
  }

  /**
   * Resolves the region of {@code pending} (the run's seed, with the exclusion marks of this run
   * set); null when the graph is not as the last run left it (an identifier that links without
   * belonging to the entity it names), and the whole graph must be projected.
   */
  Region resolve(List<Pending> pending) {
    for (Pending p : pending) {
      boolean excluded = excluded(p.key());
      if (p.entityId() != null) {
        int unit = entity(p.entityId());
        if (excluded || p.evidenceLost()) {
          open.add(unit); // its entity lost it, or evidence
        }
      } else if (!excluded) {
        int unit = identifier(new Member(p.key(), null, p.firstSeenAt(), p.nodeId()));
        if (p.excluded() || p.evidenceLost()) {
          open.add(unit); // links again (its old evidence counts again), or lost evidence
        }
      }
    }
    readEntities();
    boolean consistent =
        pending.stream().allMatch(p -> excluded(p.key()) || members.containsKey(p.nodeId()));
    if (consistent) {
      joinNewLinks();
    }
    if (!consistent || !closeOpenComponents()) {
      LOG.info(
          "{}: an identifier names an entity that does not hold it; resolving by projection", kind);
      return null;
    }
    return region();
  }

  /** Joins the elements the links between pending identifiers join. */
  private void joinNewLinks() {
    Map<String, List<Integer>> excludedHubs = new HashMap<>();
    for (Record r : reads.pendingLinks()) {
      Integer hub = unitOf.get(r.get("hub").asLong());
      Integer spoke = unitOf.get(r.get("spoke").asLong());
      if (spoke == null) {
        continue; // excluded
      }
      if (hub != null) {
        units.union(hub, spoke);
      } else { // an excluded hub: its record still says its spokes are one entity
        excludedHubs
            .computeIfAbsent(r.get("edge_id").asString(), e -> new ArrayList<>())
            .add(spoke);
      }
    }
    excludedHubs.values().forEach(spokes -> spokes.forEach(s -> units.union(spokes.getFirst(), s)));
  }

  /**
   * Reads the evidence of every identifier in an open component (one that holds an open element or
   * breaks a constraint) and joins what it links, until no such evidence reaches an identifier the
   * region does not hold. False when a linked identifier names an entity that does not hold it.
   */
  private boolean closeOpenComponents() {
    // Only open components grow below (whatever evidence joins becomes open), so a closed one that
    // breaks no constraint now never will.
    groups()
        .forEach(
            (root, group) -> {
              if (constraints.broken(group)) {
                open.add(root);
              }
            });
    while (true) {
      Set<Integer> openRoots = openRoots();
      List<Long> toRead = new ArrayList<>();
      members.forEach(
          (id, m) -> {
            if (openRoots.contains(units.find(unitOf.get(id))) && evidenceRead.add(id)) {
              toRead.add(id);
            }
          });
      if (toRead.isEmpty()) {
        return true;
      }
      // a component's identifiers in one read: a record touching two reads comes once per read
      toRead.sort(Comparator.comparingInt(id -> units.find(unitOf.get(id))));
      List<Linked> found = new ArrayList<>();
      new ComponentEvidence(driver).read(kind, toRead, found::add);
      Set<Long> unknown = new LinkedHashSet<>();
      for (Linked record : found) {
        evidence.putIfAbsent(record.edgeId(), record);
        for (long id : record.members()) {
          if (!members.containsKey(id)) {
            unknown.add(id);
          }
        }
      }
      if (!unknown.isEmpty()) {
        addIdentifiers(List.copyOf(unknown));
        readEntities();
      }
      for (Linked record : found) {
        int first = -1;
        for (long id : record.members()) {
          Integer unit = unitOf.get(id);
          if (unit == null) {
            return false;
          }
          open.add(unit);
          if (first < 0) {
            first = unit;
          } else {
            units.union(first, unit);
          }
        }
      }
    }
  }

  /**
   * The region's components: the closed ones as they are (no constraint to check: they break none),
   * the open ones from their evidence, split where they break a constraint.
   */
  private Region region() {
    Map<Integer, List<Member>> groups = groups();
    Map<Integer, List<Linked>> evidenceOf = new HashMap<>();
    for (Linked record : evidence.values()) {
      evidenceOf
          .computeIfAbsent(units.find(unitOf.get(record.members()[0])), r -> new ArrayList<>())
          .add(record);
    }
    List<List<Member>> components = new ArrayList<>();
    Map<List<Member>, List<Evidence>> linksOf = new IdentityHashMap<>();
    Set<Integer> openRoots = openRoots();
    Set<IdentifierKey> resolved = new HashSet<>();
    groups.forEach(
        (root, group) -> {
          if (openRoots.contains(root)) {
            connected(group, evidenceOf.getOrDefault(root, List.of()), components, linksOf);
            group.forEach(m -> resolved.add(m.key()));
          } else {
            components.add(group);
          }
        });
    Constrained constrained =
        constraints.enforce(
            components,
            broken ->
                broken.stream()
                    .map(
                        c ->
                            Objects.requireNonNull(
                                linksOf.get(c),
                                "a closed component of the region breaks a constraint"))
                    .toList());
    return new Region(constrained, Map.copyOf(previous), resolved);
  }

  /** Adds the connected components of an open {@code group}, by its {@code records}. */
  private void connected(
      List<Member> group,
      List<Linked> records,
      List<List<Member>> components,
      Map<List<Member>, List<Evidence>> linksOf) {
    Map<Long, Integer> index = new HashMap<>();
    for (int i = 0; i < group.size(); i++) {
      index.put(group.get(i).nodeId(), i);
    }
    UnionFind links = new UnionFind(group.size());
    for (Linked record : records) {
      for (long id : record.members()) {
        links.union(index.get(record.members()[0]), index.get(id));
      }
    }
    Map<Integer, List<Member>> byRoot = new HashMap<>();
    for (int i = 0; i < group.size(); i++) {
      byRoot.computeIfAbsent(links.find(i), r -> new ArrayList<>()).add(group.get(i));
    }
    Map<Integer, List<Evidence>> evidenceByRoot = new HashMap<>();
    for (Linked record : records) {
      List<IdentifierKey> keys = new ArrayList<>(record.members().length);
      for (long id : record.members()) {
        keys.add(members.get(id).key());
      }
      evidenceByRoot
          .computeIfAbsent(links.find(index.get(record.members()[0])), r -> new ArrayList<>())
          .add(new Evidence(record.edgeId(), record.occurredAt(), keys));
    }
    byRoot.forEach(
        (root, component) -> {
          components.add(component);
          linksOf.put(component, evidenceByRoot.getOrDefault(root, List.of()));
        });
  }

  private Set<Integer> openRoots() {
    Set<Integer> roots = new HashSet<>();
    open.forEach(unit -> roots.add(units.find(unit)));
    return roots;
  }

  /** The region's identifiers by the root of their element. */
  private Map<Integer, List<Member>> groups() {
    Map<Integer, List<Member>> groups = new HashMap<>();
    members.forEach(
        (id, m) ->
            groups.computeIfAbsent(units.find(unitOf.get(id)), r -> new ArrayList<>()).add(m));
    return groups;
  }

  /** Adds identifiers found in evidence: their entities, or themselves when they have none. */
  private void addIdentifiers(List<Long> ids) {
    for (Record r :
        Cypher.query(driver, "resolve/" + kind + "-identifiers-by-id", Map.of("ids", ids))) {
      if (r.get("entity_id").isNull()) {
        identifier(
            new Member(
                new IdentifierKey(r.get("type").asString(), r.get("value").asString()),
                null,
                Cypher.instant(r.get("first_seen_at")),
                r.get("id").asLong()));
      } else {
        int unit = entity(r.get("entity_id").asString());
        open.add(unit);
      }
    }
  }

  /**
   * Takes in the identifiers and facts of the entities added since the last read: the seed's from
   * {@link RegionReads}, the others read now.
   */
  private void readEntities() {
    Map<String, RegionReads.EntityRow> seedEntities = reads.seedEntities();
    List<String> rest = new ArrayList<>();
    for (String id : unread) {
      RegionReads.EntityRow row = seedEntities.get(id);
      if (row != null) {
        read(row);
      } else {
        rest.add(id);
      }
    }
    unread.clear();
    RegionReads.entities(driver, kind, rest).forEach(this::read);
  }

  /** Takes in one entity, without the identifiers excluded in this run. */
  private void read(RegionReads.EntityRow row) {
    previous.put(row.id(), row.facts());
    int unit = entityUnits.get(row.id());
    for (Member m : row.members()) {
      if (!excluded(m.key())) {
        members.put(m.nodeId(), m);
        unitOf.put(m.nodeId(), unit);
      }
    }
  }

  /** The element of entity {@code id}, added (to be read) when new. */
  private int entity(String id) {
    Integer unit = entityUnits.get(id);
    if (unit == null) {
      unit = units.add();
      entityUnits.put(id, unit);
      unread.add(id);
    }
    return unit;
  }

  /** A new element for an identifier without an entity. */
  private int identifier(Member member) {
    int unit = units.add();
    members.put(member.nodeId(), member);
    unitOf.put(member.nodeId(), unit);
    return unit;
  }

  private boolean excluded(IdentifierKey key) {
    Exclusion mark = marks.get(key);
    return mark != null && !mark.reason().linking();
  }
}
