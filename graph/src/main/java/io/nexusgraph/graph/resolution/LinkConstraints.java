package io.nexusgraph.graph.resolution;

import io.nexusgraph.graph.identity.IdentifierKey;
import io.nexusgraph.graph.override.IdentityOverride;
import io.nexusgraph.graph.resolution.Exclusion.Reason;
import io.nexusgraph.graph.resolution.Guardrails.TypeLimit;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Splits a connected component that breaks a per-type limit (two user_ids in one person) or holds
 * both identifiers of a force-apart override, by dropping its weakest evidence.
 *
 * <p>The component is rebuilt from its links, strongest first, and a link is dropped when it would
 * join two parts that must stay apart: parts holding the two identifiers of an apart rule, or parts
 * holding together more identifiers of a limited type than allowed. This is Kruskal's maximum
 * spanning forest under cannot-link constraints: deterministic, every constraint holds afterwards,
 * and whatever is dropped is weaker than everything kept that could have replaced it. Link order:
 *
 * <ol>
 *   <li>force-together overrides (never dropped for a type limit, only for an apart rule);
 *   <li>evidence by the priority of its weaker identifier type ({@link Guardrails#typePriority()}):
 *       a record links each pair of its identifiers, and a link through an anonymous id is weaker
 *       than one between an email and a user_id;
 *   <li>then the more recent record first; then edge_id and the identifiers, for determinism.
 * </ol>
 *
 * <p>Each dropped link is recorded on the identifiers it cut off: of the two parts it would have
 * joined, the one built later from weaker evidence (a lone identifier is the weakest) loses; its
 * identifiers of the limited type, or its identifier of the apart rule, get a {@code type_limit} or
 * {@code override} note naming the dropped edge_ids. Pure computation: no I/O.
 */
final class LinkConstraints {

  private static final int LISTED_EDGES = 5;

  private final Guardrails guardrails;
  private final List<IdentityOverride> together;
  private final List<IdentityOverride> apart;

  LinkConstraints(
      Guardrails guardrails, List<IdentityOverride> together, List<IdentityOverride> apart) {
    this.guardrails = guardrails;
    this.together = List.copyOf(together);
    this.apart = List.copyOf(apart);
  }

  /** The parts of a split component, and the notes on the identifiers cut off. */
  record Split(List<List<Member>> parts, Map<IdentifierKey, Exclusion> notes) {}

  /**
   * Connected components after the constraints.
   *
   * @param components the whole components that break nothing, and the parts of those that did
   * @param notes the notes on the identifiers cut off
   */
  record Constrained(List<List<Member>> components, Map<IdentifierKey, Exclusion> notes) {}

  /**
   * Splits the {@code components} that are {@link #broken}; {@code evidenceOf} gives, for the
   * broken ones, each one's evidence (a list per component, in the same order).
   */
  Constrained enforce(
      List<List<Member>> components,
      Function<List<List<Member>>, List<List<Evidence>>> evidenceOf) {
    List<List<Member>> broken = new ArrayList<>();
    List<List<Member>> result = new ArrayList<>(components.size());
    for (List<Member> component : components) {
      (broken(component) ? broken : result).add(component);
    }
    Map<IdentifierKey, Exclusion> notes = new TreeMap<>();
    if (!broken.isEmpty()) {
      List<List<Evidence>> evidence = evidenceOf.apply(broken);
      for (int c = 0; c < broken.size(); c++) {
        List<Member> component = broken.get(c);
        Split split = split(component, evidence.get(c));
        result.addAll(split.parts());
        notes.putAll(split.notes());
      }
    }
    return new Constrained(result, notes);
  }

  /** True when the component holds too many identifiers of a type or both ends of an apart rule. */
  boolean broken(List<Member> component) {
    for (TypeLimit limit : guardrails.typeLimits()) {
      long count = component.stream().filter(m -> m.key().type().equals(limit.type())).count();
      if (count > limit.max()) {
        return true;
      }
    }
    if (apart.isEmpty()) {
      return false;
    }
    Set<IdentifierKey> keys = new HashSet<>();
    component.forEach(m -> keys.add(m.key()));
    return apart.stream().anyMatch(r -> keys.contains(r.a()) && keys.contains(r.b()));
  }

  Split split(List<Member> component, List<Evidence> evidence) {
    return new Run(component).run(links(component, evidence));
  }

  /** A candidate link between two identifiers of the component. */
  private record Link(
      IdentifierKey a, IdentifierKey b, boolean override, int weakness, Instant at, String edgeId) {

    static final Comparator<Link> STRONGEST_FIRST =
        Comparator.comparing((Link l) -> !l.override)
            .thenComparingInt(Link::weakness)
            .thenComparing(Link::at, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(Link::edgeId, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(Link::a)
            .thenComparing(Link::b);

    String label() {
      return override ? "a force-together override" : edgeId;
    }
  }

  private List<Link> links(List<Member> component, List<Evidence> evidence) {
    Set<IdentifierKey> keys = new HashSet<>();
    component.forEach(m -> keys.add(m.key()));
    List<Link> links = new ArrayList<>();
    for (IdentityOverride rule : together) {
      if (keys.contains(rule.a()) && keys.contains(rule.b())) {
        links.add(new Link(rule.a(), rule.b(), true, 0, null, null));
      }
    }
    for (Evidence e : evidence) {
      List<IdentifierKey> members =
          new TreeSet<>(e.members()).stream().filter(keys::contains).toList();
      for (int i = 0; i < members.size(); i++) {
        for (int j = i + 1; j < members.size(); j++) {
          IdentifierKey a = members.get(i);
          IdentifierKey b = members.get(j);
          int weakness = Math.max(guardrails.rank(a.type()), guardrails.rank(b.type()));
          links.add(new Link(a, b, false, weakness, e.occurredAt(), e.edgeId()));
        }
      }
    }
    links.sort(Link.STRONGEST_FIRST);
    return links;
  }

  /** Union-find over one component, with what each part holds. */
  private final class Run {
    private final List<Member> members;
    private final Map<IdentifierKey, Integer> index = new HashMap<>();
    private final int[] parent;
    private final long[] birth;
    private final int[][] counts;
    private final List<List<Integer>> holds = new ArrayList<>();
    private final Map<IdentifierKey, Note> notes = new TreeMap<>();

    Run(List<Member> component) {
      members = List.copyOf(component);
      int n = members.size();
      parent = new int[n];
      birth = new long[n];
      counts = new int[guardrails.typeLimits().size()][n];
      Arrays.fill(birth, Long.MAX_VALUE);
      for (int i = 0; i < n; i++) {
        parent[i] = i;
        index.put(members.get(i).key(), i);
        holds.add(new ArrayList<>(List.of(i)));
        for (int l = 0; l < counts.length; l++) {
          if (members.get(i).key().type().equals(guardrails.typeLimits().get(l).type())) {
            counts[l][i] = 1;
          }
        }
      }
    }

    Split run(List<Link> links) {
      for (int k = 0; k < links.size(); k++) {
        Link link = links.get(k);
        int ra = find(index.get(link.a()));
        int rb = find(index.get(link.b()));
        if (ra == rb) {
          continue;
        }
        IdentityOverride rule = apartRule(ra, rb);
        if (rule != null) {
          int loser = loser(ra, rb);
          IdentifierKey cut = find(index.get(rule.a())) == loser ? rule.a() : rule.b();
          note(cut)
              .override(
                  "kept apart by override" + (rule.note().isEmpty() ? "" : ": " + rule.note()),
                  link);
          continue;
        }
        TypeLimit limit = link.override() ? null : brokenLimit(ra, rb);
        if (limit != null) {
          int loser = loser(ra, rb);
          for (int i : holds.get(loser)) {
            if (members.get(i).key().type().equals(limit.type())) {
              note(members.get(i).key())
                  .typeLimit("at most %d %s per entity".formatted(limit.max(), limit.type()), link);
            }
          }
          continue;
        }
        union(ra, rb, k);
      }
      Map<Integer, List<Member>> parts = new LinkedHashMap<>();
      for (int i = 0; i < members.size(); i++) {
        parts.computeIfAbsent(find(i), r -> new ArrayList<>()).add(members.get(i));
      }
      Map<IdentifierKey, Exclusion> exclusions = new TreeMap<>();
      notes.forEach((key, note) -> exclusions.put(key, note.exclusion(key)));
      return new Split(List.copyOf(parts.values()), exclusions);
    }

    private IdentityOverride apartRule(int ra, int rb) {
      for (IdentityOverride rule : apart) {
        Integer a = index.get(rule.a());
        Integer b = index.get(rule.b());
        if (a != null && b != null) {
          int fa = find(a);
          int fb = find(b);
          if ((fa == ra && fb == rb) || (fa == rb && fb == ra)) {
            return rule;
          }
        }
      }
      return null;
    }

    private TypeLimit brokenLimit(int ra, int rb) {
      for (int l = 0; l < counts.length; l++) {
        int a = counts[l][ra];
        int b = counts[l][rb];
        if (a > 0 && b > 0 && a + b > guardrails.typeLimits().get(l).max()) {
          return guardrails.typeLimits().get(l);
        }
      }
      return null;
    }

    /** Of two parts, the one built later from weaker links; lone identifiers last, by key. */
    private int loser(int ra, int rb) {
      if (birth[ra] != birth[rb]) {
        return birth[ra] > birth[rb] ? ra : rb;
      }
      return smallest(ra).compareTo(smallest(rb)) > 0 ? ra : rb;
    }

    private IdentifierKey smallest(int root) {
      return holds.get(root).stream()
          .map(i -> members.get(i).key())
          .min(Comparator.naturalOrder())
          .orElseThrow();
    }

    private void union(int ra, int rb, int link) {
      int big = holds.get(ra).size() >= holds.get(rb).size() ? ra : rb;
      int small = big == ra ? rb : ra;
      parent[small] = big;
      holds.get(big).addAll(holds.get(small));
      holds.get(small).clear();
      birth[big] = Math.min(Math.min(birth[big], birth[small]), link);
      for (int[] count : counts) {
        count[big] += count[small];
      }
    }

    private int find(int i) {
      while (parent[i] != i) {
        parent[i] = parent[parent[i]];
        i = parent[i];
      }
      return i;
    }

    private Note note(IdentifierKey key) {
      return notes.computeIfAbsent(key, k -> new Note());
    }
  }

  /** What was dropped around one identifier, turned into its exclusion at the end. */
  private static final class Note {
    private final Set<String> overrides = new TreeSet<>();
    private final Set<String> limits = new TreeSet<>();
    private final Set<String> dropped = new TreeSet<>();

    Note override(String why, Link link) {
      overrides.add(why);
      dropped.add(link.label());
      return this;
    }

    Note typeLimit(String why, Link link) {
      limits.add(why);
      dropped.add(link.label());
      return this;
    }

    Exclusion exclusion(IdentifierKey key) {
      List<String> why = new ArrayList<>(overrides);
      why.addAll(limits);
      List<String> listed = dropped.stream().limit(LISTED_EDGES).toList();
      String edges =
          String.join(", ", listed)
              + (dropped.size() > listed.size()
                  ? " and %d more".formatted(dropped.size() - listed.size())
                  : "");
      Reason reason = overrides.isEmpty() ? Reason.TYPE_LIMIT : Reason.OVERRIDE;
      return Exclusion.of(
          key, reason, String.join("; ", why) + "; weaker evidence dropped: " + edges);
    }
  }
}
