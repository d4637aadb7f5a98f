package io.nexusgraph.ingest.normalize;

import java.util.regex.Matcher;

/**
 * What applies to one identifier type: the normaliser configured for it and the blocked-value
 * patterns that name it (or {@code *}). Resolved once per type so that normalising a value costs
 * one lookup, not one per rule; the patterns' matchers are reused, so, like the {@link Normalizer}
 * that owns it, it is for one thread.
 */
final class TypeRules {
  enum Kind {
    EMAIL,
    PHONE,
    DOMAIN,
    TEXT
  }

  private final Kind normalizer;
  private final Matcher[] blocked;

  private TypeRules(Kind normalizer, Matcher[] blocked) {
    this.normalizer = normalizer;
    this.blocked = blocked;
  }

  static TypeRules of(String identifierType, NormalizationConfig config) {
    Kind kind =
        switch (config.normalizerFor(identifierType)) {
          case "email" -> Kind.EMAIL;
          case "phone" -> Kind.PHONE;
          case "domain" -> Kind.DOMAIN;
          default -> Kind.TEXT;
        };
    Matcher[] blocked =
        config.blockedPatterns().stream()
            .filter(p -> p.appliesTo(identifierType))
            .map(BlockedPattern::regex)
            .map(p -> p.matcher(""))
            .toArray(Matcher[]::new);
    return new TypeRules(kind, blocked);
  }

  Kind normalizer() {
    return normalizer;
  }

  /** True when a blocked pattern matches the whole value. */
  boolean blocks(String value) {
    for (Matcher m : blocked) {
      if (m.reset(value).matches()) {
        return true;
      }
    }
    return false;
  }
}
