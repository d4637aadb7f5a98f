package io.nexusgraph.ingest.normalize;

import com.google.common.net.InternetDomainName;
import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import io.nexusgraph.ingest.quarantine.ReasonCode;
import java.net.IDN;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Normalises identifier values so that the same person looks the same in every source. Pure and
 * idempotent: normalising a normalised value returns it unchanged. Not thread-safe only in the
 * sense of its small caches; use one instance per reading thread.
 */
public final class Normalizer {
  private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

  /** Raw values longer than this are not cached (no real identifier is that long). */
  static final int CACHED_LENGTH = 256;

  private final NormalizationConfig config;
  // bounded by config (cache_entries); real sources repeat the same people's values over and over
  private final SmallCache<Normalized<String>> phoneCache;
  private final SmallCache<Normalized<String>> domainCache;
  private final SmallCache<Normalized<String>> emailCache;
  private final SmallCache<String> corporateDomainCache;
  // the cache misses' functions, made once rather than per call
  private final Function<String, Normalized<String>> parseEmail = this::parseEmail;
  private final Function<String, Normalized<String>> parsePhone = this::parsePhone;
  private final Function<String, Normalized<String>> parseDomain = this::parseDomain;
  // per identifier type: its normaliser and blocked patterns, looked up once per call
  private final Map<String, TypeRules> rulesByType = new HashMap<>();
  private final int longestBlockedExact;

  public Normalizer(NormalizationConfig config) {
    this.config = config;
    CacheSizes sizes = config.cacheEntries();
    this.phoneCache = new SmallCache<>(sizes.phone());
    this.domainCache = new SmallCache<>(sizes.domain());
    this.emailCache = new SmallCache<>(sizes.email());
    this.corporateDomainCache = new SmallCache<>(sizes.corporateDomain());
    this.longestBlockedExact =
        config.blockedExact().stream().mapToInt(String::length).max().orElse(-1);
  }

  public NormalizationConfig config() {
    return config;
  }

  /** Normalises a value of the given identifier type with the normaliser configured for it. */
  public Normalized<String> identifier(String identifierType, String raw) {
    TypeRules rules = rules(identifierType);
    return switch (rules.normalizer()) {
      case EMAIL -> email(raw);
      case PHONE -> phone(raw);
      case DOMAIN -> domain(raw);
      case TEXT -> text(rules, raw);
    };
  }

  /** Trim, reject control characters, size and blocked values; case is kept. */
  public Normalized<String> text(String identifierType, String raw) {
    return text(rules(identifierType), raw);
  }

  private Normalized<String> text(TypeRules rules, String raw) {
    String v = raw.strip();
    Normalized<String> common = common(v);
    if (common != null) {
      return common;
    }
    return rules.blocks(v) ? blocked(v) : Normalized.ok(v);
  }

  /** Trim, lowercase, syntax check, optional provider-specific dot and plus folding. */
  public Normalized<String> email(String raw) {
    return cached(emailCache, raw, parseEmail);
  }

  private Normalized<String> parseEmail(String raw) {
    String v = raw.strip().toLowerCase(Locale.ROOT);
    if (v.startsWith("mailto:")) {
      v = v.substring(7);
    }
    Normalized<String> common = common(v);
    if (common != null) {
      return common;
    }
    int at = v.lastIndexOf('@');
    if (at <= 0 || at == v.length() - 1 || !EmailSyntax.valid(v, at)) {
      return Normalized.rejected(ReasonCode.INVALID_EMAIL, "not an email address");
    }
    String local = v.substring(0, at);
    String domain = v.substring(at + 1);
    if (config.foldEmailPlus() && config.plusFoldingDomains().contains(domain)) {
      int plus = local.indexOf('+');
      if (plus > 0) {
        local = local.substring(0, plus);
      }
    }
    if (config.foldEmailDots() && config.dotFoldingDomains().contains(domain)) {
      local = local.replace(".", "");
    }
    String out = local.length() == at ? v : local + "@" + domain;
    return blockedByPattern("email", out) ? blocked(out) : Normalized.ok(out);
  }

  /** E.164 via libphonenumber; numbers without a country code use the default region. */
  public Normalized<String> phone(String raw) {
    return cached(phoneCache, raw, parsePhone);
  }

  private Normalized<String> parsePhone(String raw) {
    String v = raw.strip();
    Normalized<String> common = common(v);
    if (common != null) {
      return common;
    }
    StringBuilder digits = new StringBuilder(v.length());
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      if (c >= '0' && c <= '9' || c == '+' && digits.isEmpty()) {
        digits.append(c);
      }
    }
    if (blockedByPattern("phone", digits.toString())) {
      return blocked(digits.toString());
    }
    try {
      PhoneNumber number = FastPhones.parse(v, config.defaultRegion());
      if (number == null) {
        number = PHONES.parse(v, config.defaultRegion());
      }
      if (!FastPhones.isValid(number)) {
        return Normalized.rejected(ReasonCode.INVALID_PHONE, "not a valid phone number");
      }
      return Normalized.ok(PHONES.format(number, PhoneNumberUtil.PhoneNumberFormat.E164));
    } catch (NumberParseException e) {
      return Normalized.rejected(ReasonCode.INVALID_PHONE, e.getErrorType().name().toLowerCase());
    }
  }

  /**
   * Lowercase, strip scheme, path, port and {@code www.}, then reduce to the registrable domain
   * (one label under the public suffix): {@code https://www.shop.acme.co.uk/x} gives {@code
   * acme.co.uk}.
   */
  public Normalized<String> domain(String raw) {
    return cached(domainCache, raw, parseDomain);
  }

  private Normalized<String> parseDomain(String raw) {
    String v = raw.strip().toLowerCase(Locale.ROOT);
    Normalized<String> common = common(v);
    if (common != null) {
      return common;
    }
    int scheme = v.indexOf("://");
    if (scheme >= 0) {
      v = v.substring(scheme + 3);
    }
    int at = v.lastIndexOf('@');
    if (at >= 0) {
      v = v.substring(at + 1);
    }
    for (char stop : new char[] {'/', '?', '#', ':'}) {
      int i = v.indexOf(stop);
      if (i >= 0) {
        v = v.substring(0, i);
      }
    }
    if (v.endsWith(".")) {
      v = v.substring(0, v.length() - 1);
    }
    if (v.startsWith("www.")) {
      v = v.substring(4);
    }
    try {
      String ascii = IDN.toASCII(v, IDN.USE_STD3_ASCII_RULES).toLowerCase(Locale.ROOT);
      InternetDomainName name = InternetDomainName.from(ascii);
      if (!name.isUnderPublicSuffix()) {
        return Normalized.rejected(ReasonCode.INVALID_DOMAIN, "not under a public suffix");
      }
      String registrable = name.topPrivateDomain().toString();
      return blockedByPattern("domain", registrable)
          ? blocked(registrable)
          : Normalized.ok(registrable);
    } catch (IllegalArgumentException | IllegalStateException e) {
      return Normalized.rejected(ReasonCode.INVALID_DOMAIN, "not a domain name");
    }
  }

  /** The registrable domain of an email's domain part, or null for an invalid email. */
  public String emailDomain(String normalizedEmail) {
    int at = normalizedEmail.lastIndexOf('@');
    if (at < 0) {
      return null;
    }
    Normalized<String> d = domain(normalizedEmail.substring(at + 1));
    return d.isOk() ? d.value() : null;
  }

  /** True for webmail and ISP domains, which never become groups. */
  public boolean isPersonalDomain(String domain) {
    return config.personalDomains().contains(domain);
  }

  /** The company domain behind a work email, or null for personal/webmail or invalid domains. */
  public String corporateDomain(String normalizedEmail) {
    String domain =
        corporateDomainCache.computeIfAbsent(normalizedEmail, this::findCorporateDomain);
    return domain.isEmpty() ? null : domain;
  }

  /** The company domain behind an email, or "" for none (the cache holds no nulls). */
  private String findCorporateDomain(String normalizedEmail) {
    int at = normalizedEmail.lastIndexOf('@');
    if (at < 0 || isPersonalDomain(normalizedEmail.substring(at + 1))) {
      return "";
    }
    String domain = emailDomain(normalizedEmail);
    return domain == null || isPersonalDomain(domain) ? "" : domain;
  }

  /**
   * True when the trimmed value is one of the blocked values (case-insensitive). Lower-casing never
   * makes a string shorter, so values longer than the longest blocked one are not lower-cased.
   */
  public boolean isBlockedExact(String trimmed) {
    return trimmed.length() <= longestBlockedExact
        && config.blockedExact().contains(trimmed.toLowerCase(Locale.ROOT));
  }

  /**
   * The cached result for a raw value as the source wrote it, so that a repeated value costs one
   * lookup, not its trimming and lower-casing first. Values longer than {@link #CACHED_LENGTH} are
   * normalised every time, so that long junk cannot fill the cache's memory.
   */
  private static Normalized<String> cached(
      SmallCache<Normalized<String>> cache,
      String raw,
      Function<String, Normalized<String>> normalize) {
    return raw.length() <= CACHED_LENGTH
        ? cache.computeIfAbsent(raw, normalize)
        : normalize.apply(raw);
  }

  private Normalized<String> common(String v) {
    if (isBlockedExact(v)) {
      return blocked(v);
    }
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      if (c < 0x20 || c == 0x7f || c >= 0x80 && c <= 0x9f) {
        return Normalized.rejected(
            ReasonCode.CONTROL_CHARACTERS, "control character U+%04X".formatted((int) c));
      }
    }
    if (v.length() * 3 > config.maxIdentifierBytes()
        && v.getBytes(StandardCharsets.UTF_8).length > config.maxIdentifierBytes()) {
      return Normalized.rejected(
          ReasonCode.OVERSIZED_VALUE, "longer than " + config.maxIdentifierBytes() + " bytes");
    }
    return null;
  }

  private boolean blockedByPattern(String type, String value) {
    return rules(type).blocks(value);
  }

  private TypeRules rules(String identifierType) {
    TypeRules rules = rulesByType.get(identifierType);
    if (rules == null) {
      rules = TypeRules.of(identifierType, config);
      rulesByType.put(identifierType, rules);
    }
    return rules;
  }

  private static Normalized<String> blocked(String value) {
    return Normalized.rejected(
        ReasonCode.BLOCKED_VALUE, value.isEmpty() ? "empty value" : "blocked value");
  }
}
