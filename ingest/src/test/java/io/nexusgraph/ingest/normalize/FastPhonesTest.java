package io.nexusgraph.ingest.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The fast path gives libphonenumber's own parse for every value it accepts, and declines the rest.
 */
class FastPhonesTest {
  private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();
  private static final String SEPARATORS = " .-()";
  // separators, and characters next to them that mean something to libphonenumber
  private static final String NEARBY = " .-()+x#/,;*~A";

  private final Random random = new Random(20261122L);

  @ParameterizedTest
  @CsvSource({
    "646.841.5873,US,6468415873",
    "(646) 841-5873,US,6468415873",
    "+1 646 841 5873,US,6468415873",
    "+1 (212) 555-0100,GB,2125550100",
    "2125550100,US,2125550100"
  })
  void commonNorthAmericanShapesAreParsedWithoutLibphonenumber(
      String value, String region, long national) {
    assertThat(FastPhones.parse(value, region))
        .isEqualTo(new PhoneNumber().setCountryCode(1).setNationalNumber(national));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "1 646 841 5873",
        "+1 646 841 5873 x12",
        "+1 146 841 5873",
        "146.841.5873",
        "+44 20 7946 0958",
        "646.841.587",
        "646/841/5873",
        "6+46.841.5873",
        "++1 646 841 5873",
        "tel:+1-646-841-5873",
        "+1 646 841 5873 0",
        "(646) 841-5873                        "
      })
  void otherShapesAreLeftToLibphonenumber(String value) {
    assertThat(FastPhones.parse(value, "US")).isNull();
  }

  @Test
  void noPlusNeedsTheUsRegion() {
    assertThat(FastPhones.parse("646.841.5873", "CA")).isNull();
    assertThat(FastPhones.parse("646.841.5873", "us")).isNull();
  }

  @Test
  void agreesWithLibphonenumberOnRandomNorthAmericanValues() throws NumberParseException {
    int accepted = 0;
    for (int i = 0; i < 50_000; i++) {
      String value = northAmerican(i % 3 == 0 ? SEPARATORS : NEARBY);
      for (String region : new String[] {"US", "GB"}) {
        PhoneNumber fast = FastPhones.parse(value, region);
        if (fast != null) {
          accepted++;
          assertThat(fast).as(value + " in " + region).isEqualTo(PHONES.parse(value, region));
        }
      }
    }
    assertThat(accepted).isGreaterThan(5_000);
  }

  @Test
  void validityAgreesWithLibphonenumberWhateverTheCountry() {
    int[] countryCodes = {1, 1, 1, 44, 49, 33, 81, 61, 55, 7, 39, 800, 882, 999};
    int valid = 0;
    for (int i = 0; i < 30_000; i++) {
      PhoneNumber number =
          new PhoneNumber()
              .setCountryCode(countryCodes[random.nextInt(countryCodes.length)])
              .setNationalNumber(random.nextLong((long) Math.pow(10, 6 + random.nextInt(6))));
      boolean expected = PHONES.isValidNumber(number);
      assertThat(FastPhones.isValid(number)).as(number.toString()).isEqualTo(expected);
      valid += expected ? 1 : 0;
    }
    assertThat(valid).isBetween(3_000, 27_000);
  }

  /** Ten digits (mostly a valid-looking first one), maybe +1, with random characters between. */
  private String northAmerican(String between) {
    StringBuilder s = new StringBuilder();
    int shape = random.nextInt(4);
    if (shape == 0) {
      s.append('+').append(random.nextInt(10) == 0 ? random.nextInt(10) : 1);
    } else if (shape == 1) {
      s.append(random.nextInt(3));
    }
    int digits = 9 + random.nextInt(3);
    for (int d = 0; d < digits; d++) {
      while (random.nextInt(3) == 0) {
        s.append(between.charAt(random.nextInt(between.length())));
      }
      s.append(
          (char)
              ('0'
                  + (d == 0 && random.nextInt(8) > 0
                      ? 2 + random.nextInt(8)
                      : random.nextInt(10))));
    }
    if (random.nextInt(5) == 0) {
      s.append(between.charAt(random.nextInt(between.length())));
    }
    return s.toString();
  }
}
