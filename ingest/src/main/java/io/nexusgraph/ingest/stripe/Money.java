package io.nexusgraph.ingest.stripe;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Set;

/** Stripe amounts are integers in the currency's smallest unit; this converts them to major. */
final class Money {
  /** Stripe's zero-decimal currencies (amount 500 JPY means ¥500). */
  static final Set<String> ZERO_DECIMAL =
      Set.of(
          "BIF", "CLP", "DJF", "GNF", "JPY", "KMF", "KRW", "MGA", "PYG", "RWF", "UGX", "VND", "VUV",
          "XAF", "XOF", "XPF");

  /** Stripe's three-decimal currencies. */
  static final Set<String> THREE_DECIMAL = Set.of("BHD", "JOD", "KWD", "OMR", "TND");

  private Money() {}

  /** The ISO code upper-cased, or null when it is not three letters. */
  static String currency(String raw) {
    if (raw == null || raw.length() != 3) {
      return null;
    }
    String code = raw.toUpperCase(Locale.ROOT);
    for (int i = 0; i < 3; i++) {
      if (code.charAt(i) < 'A' || code.charAt(i) > 'Z') {
        return null;
      }
    }
    return code;
  }

  static BigDecimal toMajor(long minor, String currency) {
    int scale = ZERO_DECIMAL.contains(currency) ? 0 : THREE_DECIMAL.contains(currency) ? 3 : 2;
    return BigDecimal.valueOf(minor, scale);
  }
}
