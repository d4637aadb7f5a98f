package io.nexusgraph.api.lookup;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.nexusgraph.api.problem.ProblemException;
import io.nexusgraph.graph.identity.IdentifierKey;
import io.nexusgraph.ingest.normalize.NormalizationConfig;
import io.nexusgraph.ingest.normalize.Normalized;
import io.nexusgraph.ingest.normalize.Normalizer;
import jakarta.inject.Singleton;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads an identifier written as {@code type:value} in a query parameter ({@code
 * email:Jane@Acme.com}, {@code phone:+1 555 123 4567}) and normalises the value exactly as ingest
 * does, so a lookup finds what ingest stored, with the service's rules ({@link
 * io.nexusgraph.api.rules.NormalizationRules}).
 *
 * <p>Callers look the same customers up again and again, and parsing a phone number is the dear
 * part of a lookup, so the last {@value #KEPT} normalised values of at most {@value #KEPT_LENGTH}
 * characters are kept (the rules do not change while the service runs; the length bound keeps a
 * caller sending long junk from filling memory).
 */
@Singleton
public final class IdentifierParameter {

  private static final Pattern TYPE = Pattern.compile("[a-z][a-z0-9_]{0,63}");

  static final int KEPT = 10_000;
  static final int KEPT_LENGTH = 256;

  private final NormalizationConfig config;
  private final Cache<String, Normalized<String>> normalised =
      Caffeine.newBuilder().maximumSize(KEPT).build();

  IdentifierParameter(NormalizationConfig config) {
    this.config = config;
  }

  /**
   * The normalised identifier, or a 400 naming {@code parameter} when the text is not {@code
   * type:value} or the value is one ingest rejects (not an email, a blocked placeholder, ...).
   */
  public IdentifierKey parse(String parameter, String text) {
    int colon = text.indexOf(':');
    if (colon <= 0 || colon == text.length() - 1) {
      throw ProblemException.invalid(
          parameter, "must be type:value, e.g. email:jane@acme.com or phone:+15551234567");
    }
    String type = text.substring(0, colon).strip().toLowerCase(Locale.ROOT);
    if (!TYPE.matcher(type).matches()) {
      throw ProblemException.invalid(
          parameter,
          "identifier type '"
              + type
              + "' must be lower-case letters, digits and _ (email, phone, domain, user_id, ...)");
    }
    String raw = text.substring(colon + 1);
    // A Normalizer is not thread-safe (its own caches), and it is cheap to create.
    Normalized<String> value =
        raw.length() > KEPT_LENGTH
            ? new Normalizer(config).identifier(type, raw)
            : normalised.get(type + ':' + raw, k -> new Normalizer(config).identifier(type, raw));
    if (!value.isOk()) {
      throw ProblemException.invalid(
          parameter,
          "the "
              + type
              + " value is not one Nexus Graph resolves: "
              + value.detail()
              + " ("
              + value.reason().name().toLowerCase(Locale.ROOT)
              + ")");
    }
    return new IdentifierKey(type, value.value());
  }
}
