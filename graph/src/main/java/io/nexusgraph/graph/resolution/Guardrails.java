package io.nexusgraph.graph.resolution;

import java.util.List;

/**
 * Protection against over-merging, as data. An identifier linked to more distinct identifiers of
 * another type than its {@link SharedLimit} allows (a shared support inbox with many user ids, a
 * kiosk's anonymous id with many emails) is kept as an observation but links nothing; a component
 * larger than {@code componentSizeAlert} identifiers is reported.
 */
public record Guardrails(List<SharedLimit> sharedLimits, int componentSizeAlert) {

  public Guardrails {
    sharedLimits = List.copyOf(sharedLimits);
  }

  /**
   * An identifier of {@code type} linked to more than {@code max} distinct identifiers of {@code
   * otherType} is shared.
   */
  public record SharedLimit(String type, String otherType, int max) {}

  /**
   * Defaults, each a rule a real system can defend: an email shared by more than 2 accounts (user
   * ids) is a team inbox; a phone tied to more than 1 account or more than 5 emails is a shared
   * line (a family phone, a switchboard); an anonymous id seen with more than 3 emails or 3
   * accounts is a shared device (a kiosk). Alert on components over 200 identifiers.
   */
  public static Guardrails defaults() {
    return new Guardrails(
        List.of(
            new SharedLimit("email", "user_id", 2),
            new SharedLimit("phone", "user_id", 1),
            new SharedLimit("phone", "email", 5),
            new SharedLimit("anonymous_id", "email", 3),
            new SharedLimit("anonymous_id", "user_id", 3)),
        200);
  }

  /** No exclusions and no alerts: shows what the guardrails save. */
  public static Guardrails off() {
    return new Guardrails(List.of(), Integer.MAX_VALUE);
  }
}
