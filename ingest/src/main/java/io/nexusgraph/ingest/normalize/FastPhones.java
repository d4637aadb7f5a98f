package io.nexusgraph.ingest.normalize;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonemetadata;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import com.google.i18n.phonenumbers.metadata.DefaultMetadataDependenciesProvider;
import com.google.i18n.phonenumbers.metadata.source.RegionMetadataSource;
import java.util.Set;

/**
 * The number {@link PhoneNumberUtil#parse(CharSequence, String)} gives for the commonest shapes of
 * North American numbers, without its work: {@code 646.841.5873} or {@code (646) 841-5873} with
 * default region {@code US}, and {@code +1 646 841 5873} with any. Parsing was most of the cost of
 * normalising a phone (its extension, viability and country-code patterns); formatting is still
 * libphonenumber's own, and so is validation, with one shortcut ({@link #isValid}).
 *
 * <p>It accepts only values made of digits and the separators space, {@code . - ( )}, with at most
 * one {@code +} as the first character, and then only ten digits whose first is 2–9 (no {@code +},
 * region US) or eleven whose first is 1 and second 2–9 (after the {@code +}). For those,
 * libphonenumber finds no extension, international or national prefix, and reads country code 1 and
 * the ten digits as the national number; {@code FastPhonesTest} compares both on random values of
 * these shapes and of shapes next to them. Everything else returns null and is parsed by
 * libphonenumber.
 */
final class FastPhones {
  private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();
  // where PhoneNumberUtil.getInstance() reads its metadata from
  private static final RegionMetadataSource METADATA =
      DefaultMetadataDependenciesProvider.getInstance().getPhoneNumberMetadataSource();
  private static final Set<String> REGIONS = PHONES.getSupportedRegions();
  private static final int MAX_LENGTH = 32;
  private static final long TEN_DIGITS = 10_000_000_000L;

  private FastPhones() {}

  /**
   * What libphonenumber parses {@code value} (trimmed) to in {@code region}, or null: see above.
   */
  static PhoneNumber parse(String value, String region) {
    int length = value.length();
    if (length > MAX_LENGTH) {
      return null;
    }
    boolean plus = length > 0 && value.charAt(0) == '+';
    long number = 0;
    int digits = 0;
    int first = -1;
    int second = -1;
    for (int i = plus ? 1 : 0; i < length; i++) {
      char c = value.charAt(i);
      if (c >= '0' && c <= '9') {
        if (++digits > 11) {
          return null;
        }
        if (digits == 1) {
          first = c - '0';
        } else if (digits == 2) {
          second = c - '0';
        }
        number = number * 10 + (c - '0');
      } else if (c != ' ' && c != '.' && c != '-' && c != '(' && c != ')') {
        return null;
      }
    }
    if (plus && digits == 11 && first == 1 && second >= 2) {
      return nanp(number - TEN_DIGITS);
    }
    if (!plus && digits == 10 && first >= 2 && "US".equals(region)) {
      return nanp(number);
    }
    return null;
  }

  private static PhoneNumber nanp(long national) {
    return new PhoneNumber().setCountryCode(1).setNationalNumber(national);
  }

  /**
   * {@link PhoneNumberUtil#isValidNumber}, sooner for a number valid in the main region of its
   * country code. isValidNumber finds the number's region by trying the code's regions in order,
   * the main one first, and takes the first whose number types it fits (or, for a region with
   * leading digits, whose leading digits it has); then it checks the number against that region. A
   * number that fits the main region, when that region has no leading digits, is therefore valid,
   * without the second pass nor, for country code 1, the other 24 regions' patterns.
   */
  static boolean isValid(PhoneNumber number) {
    String main = PHONES.getRegionCodeForCountryCode(number.getCountryCode());
    // not for unknown codes (ZZ) nor non-geographic ones (001), whose metadata is kept elsewhere
    if (REGIONS.contains(main)) {
      Phonemetadata.PhoneMetadata metadata = METADATA.getMetadataForRegion(main);
      if (!metadata.hasLeadingDigits() && PHONES.isValidNumberForRegion(number, main)) {
        return true;
      }
    }
    return PHONES.isValidNumber(number);
  }
}
