package io.nexusgraph.graph.resolution;

import java.util.List;
import java.util.Objects;

/**
 * Protection against over-merging, as data.
 *
 * <ul>
 *   <li>{@code sharedLimits}: an identifier linked to more distinct identifiers of another type
 *       than its {@link SharedLimit} allows (a shared support inbox with many user ids, a kiosk's
 *       anonymous id with many emails) is kept as an observation but links nothing.
 *   <li>{@code typeLimits}: an entity holds at most {@link TypeLimit#max()} identifiers of a type
 *       (one user_id per person); a component over it is rebuilt from its strongest evidence and
 *       the weakest evidence is dropped.
 *   <li>{@code typePriority}: how strong evidence through each identifier type is, strongest first;
 *       {@code *} stands for every type not listed (last when absent). Evidence is as strong as its
 *       weaker identifier; between equals, the more recent wins.
 *   <li>{@code blocklist}: values that never link ({@link Blocklist}).
 *   <li>{@code componentSizeAlert}: an entity with more identifiers is reported and logged.
 * </ul>
 */
public record Guardrails(
    List<SharedLimit> sharedLimits,
    List<TypeLimit> typeLimits,
    List<String> typePriority,
    Blocklist blocklist,
    int componentSizeAlert) {

  public Guardrails {
    sharedLimits = List.copyOf(sharedLimits);
    typeLimits = List.copyOf(typeLimits);
    typePriority = List.copyOf(typePriority);
    Objects.requireNonNull(blocklist, "guardrails: blocklist is required (Blocklist.none())");
    if (componentSizeAlert < 1) {
      throw new IllegalArgumentException(
          "guardrails: componentSizeAlert must be at least 1, was " + componentSizeAlert);
    }
  }

  /**
   * An identifier of {@code type} linked to more than {@code max} distinct identifiers of {@code
   * otherType} is shared.
   */
  public record SharedLimit(String type, String otherType, int max) {}

  /** An entity holds at most {@code max} identifiers of {@code type}. */
  public record TypeLimit(String type, int max) {
    public TypeLimit {
      if (max < 1) {
        throw new IllegalArgumentException(
            "type limit for "
                + type
                + " must be at least 1 (one identifier is an entity), was "
                + max);
      }
    }
  }

  /**
   * Defaults, each a rule a real system can defend: an email shared by more than 2 accounts (user
   * ids) is a team inbox; a phone tied to more than 1 account or more than 5 emails is a shared
   * line (a family phone, a switchboard); an anonymous id seen with more than 3 emails or 3
   * accounts is a shared device (a kiosk). A person has one account (user_id). Evidence through a
   * user_id is the strongest, then email, then other ids, phones and anonymous ids last. Alert on
   * components over 200 identifiers. Nothing is blocked in the graph (ingest blocks placeholders).
   */
  public static Guardrails defaults() {
    return new Guardrails(
        List.of(
            new SharedLimit("email", "user_id", 2),
            new SharedLimit("phone", "user_id", 1),
            new SharedLimit("phone", "email", 5),
            new SharedLimit("anonymous_id", "email", 3),
            new SharedLimit("anonymous_id", "user_id", 3)),
        List.of(new TypeLimit("user_id", 1)),
        List.of("user_id", "email", "*", "phone", "anonymous_id"),
        Blocklist.none(),
        200);
  }

  /** No exclusions, no limits and no alerts: shows what the guardrails save. */
  public static Guardrails off() {
    return new Guardrails(
        List.of(), List.of(), defaults().typePriority(), Blocklist.none(), Integer.MAX_VALUE);
  }

  public Guardrails withBlocklist(Blocklist blocklist) {
    return new Guardrails(sharedLimits, typeLimits, typePriority, blocklist, componentSizeAlert);
  }

  public Guardrails withTypeLimits(List<TypeLimit> typeLimits) {
    return new Guardrails(sharedLimits, typeLimits, typePriority, blocklist, componentSizeAlert);
  }

  /** Rank of a type in {@link #typePriority()}: lower is stronger. */
  int rank(String type) {
    int index = typePriority.indexOf(type);
    if (index >= 0) {
      return index;
    }
    int wildcard = typePriority.indexOf("*");
    return wildcard >= 0 ? wildcard : typePriority.size();
  }
}
