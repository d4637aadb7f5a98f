package io.nexusgraph.ingest.normalize;

import java.util.List;
import java.util.regex.Pattern;

/**
 * What applies to one identifier type: the normaliser configured for it and the blocked-value
 * patterns that name it (or {@code *}). Resolved once per type so that normalising a value costs
 * one lookup, not one per rule.
 */
record TypeRules(Kind normalizer, List<Pattern> blockedPatterns) {
  enum Kind {
    EMAIL,
    PHONE,
    DOMAIN,
    TEXT
  }

  static TypeRules of(String identifierType, NormalizationConfig config) {
    Kind kind =
        switch (config.normalizerFor(identifierType)) {
          case "email" -> Kind.EMAIL;
          case "phone" -> Kind.PHONE;
          case "domain" -> Kind.DOMAIN;
          default -> Kind.TEXT;
        };
    List<Pattern> patterns =
        config.blockedPatterns().stream()
            .filter(p -> p.appliesTo(identifierType))
            .map(BlockedPattern::regex)
            .toList();
    return new TypeRules(kind, patterns);
  }

  /** True when a blocked pattern matches the whole value. */
  boolean blocks(String value) {
    for (int i = 0; i < blockedPatterns.size(); i++) {
      if (blockedPatterns.get(i).matcher(value).matches()) {
        return true;
      }
    }
    return false;
  }
}
