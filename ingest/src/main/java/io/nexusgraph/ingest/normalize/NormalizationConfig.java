package io.nexusgraph.ingest.normalize;

import io.nexusgraph.ingest.ConfigException;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The identity rules for normalisation, as data. Load the shipped defaults with {@link #defaults()}
 * or overlay a user YAML file with {@link #load(Reader)}; see docs/ingest.md for the keys.
 *
 * @param identifierTypes identifier type to normaliser name ({@code email}, {@code phone}, {@code
 *     domain}, {@code text})
 * @param blockedExact values (compared case-insensitively after trimming) that never identify
 *     anyone
 * @param personalDomains webmail and ISP domains that never become groups
 * @param cacheEntries how many normalised values each normaliser keeps, per kind
 */
public record NormalizationConfig(
    String defaultRegion,
    ZoneId naiveTimestampZone,
    Instant earliestTimestamp,
    Duration maxFutureSkew,
    int maxIdentifierBytes,
    boolean foldEmailDots,
    boolean foldEmailPlus,
    Set<String> dotFoldingDomains,
    Set<String> plusFoldingDomains,
    Map<String, String> identifierTypes,
    Set<String> blockedExact,
    List<BlockedPattern> blockedPatterns,
    Set<String> personalDomains,
    CacheSizes cacheEntries) {

  static final String DEFAULTS = "normalization-defaults.yaml";
  static final String PERSONAL_DOMAINS = "personal-domains.txt";

  public NormalizationConfig {
    dotFoldingDomains = Set.copyOf(dotFoldingDomains);
    plusFoldingDomains = Set.copyOf(plusFoldingDomains);
    identifierTypes = Map.copyOf(identifierTypes);
    blockedExact =
        blockedExact.stream()
            .map(v -> v.trim().toLowerCase(Locale.ROOT))
            .collect(Collectors.toUnmodifiableSet());
    blockedPatterns = List.copyOf(blockedPatterns);
    personalDomains = Set.copyOf(personalDomains);
    if (maxIdentifierBytes <= 0) {
      throw new ConfigException("max_identifier_bytes must be positive, was " + maxIdentifierBytes);
    }
  }

  /** The shipped rules: default region US, UTC for naive timestamps, folding off. */
  public static NormalizationConfig defaults() {
    return ConfigYaml.read(null, shippedPersonalDomains());
  }

  /** The shipped rules overlaid with the keys present in {@code yaml}. */
  public static NormalizationConfig load(Reader yaml) {
    return ConfigYaml.read(yaml, shippedPersonalDomains());
  }

  /** The normaliser name for an identifier type; {@code text} when not configured. */
  public String normalizerFor(String identifierType) {
    return identifierTypes.getOrDefault(identifierType, "text");
  }

  public NormalizationConfig withEmailFolding(boolean dots, boolean plus) {
    return new NormalizationConfig(
        defaultRegion,
        naiveTimestampZone,
        earliestTimestamp,
        maxFutureSkew,
        maxIdentifierBytes,
        dots,
        plus,
        dotFoldingDomains,
        plusFoldingDomains,
        identifierTypes,
        blockedExact,
        blockedPatterns,
        personalDomains,
        cacheEntries);
  }

  static InputStream resource(String name) {
    InputStream in = NormalizationConfig.class.getResourceAsStream(name);
    if (in == null) {
      throw new ConfigException("missing built-in resource " + name + " in nexus-ingest jar");
    }
    return in;
  }

  private static Set<String> shippedPersonalDomains() {
    try (InputStream in = resource(PERSONAL_DOMAINS)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .lines()
          .map(String::trim)
          .filter(line -> !line.isEmpty() && !line.startsWith("#"))
          .map(line -> line.toLowerCase(Locale.ROOT))
          .collect(Collectors.toUnmodifiableSet());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
