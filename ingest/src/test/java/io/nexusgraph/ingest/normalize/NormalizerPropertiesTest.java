package io.nexusgraph.ingest.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Properties over generated inputs (a fixed seed, so failures reproduce): normalising is
 * idempotent, and equivalent spellings of one value normalise to one value.
 */
class NormalizerPropertiesTest {
  private static final int CASES = 2000;
  private final Normalizer normalizer = new Normalizer(NormalizationConfig.defaults());
  private final Random random = new Random(20240301L);

  @Test
  void normalisingTwiceEqualsNormalisingOnce() {
    List<Function<String, Normalized<String>>> normalisers =
        List.of(
            normalizer::email,
            normalizer::phone,
            normalizer::domain,
            v -> normalizer.text("user_id", v));
    for (int i = 0; i < CASES; i++) {
      String raw = randomish();
      for (Function<String, Normalized<String>> f : normalisers) {
        Normalized<String> once = f.apply(raw);
        if (once.isOk()) {
          assertThat(f.apply(once.value())).as("input %s", raw).isEqualTo(once);
        }
      }
    }
  }

  @Test
  void equivalentEmailSpellingsGiveOneValue() {
    for (int i = 0; i < CASES; i++) {
      String email = word(6) + "." + word(5) + "@" + word(7) + ".com";
      String variant = pad(randomCase(email));
      assertThat(normalizer.email(variant)).isEqualTo(normalizer.email(email));
      assertThat(normalizer.email(email).value()).isEqualTo(email);
    }
  }

  @Test
  void equivalentPhoneSpellingsGiveOneValue() {
    for (int i = 0; i < CASES; i++) {
      String area = String.valueOf(201 + random.nextInt(700));
      if (area.charAt(1) == '1' && area.charAt(2) == '1') {
        continue;
      }
      String line =
          String.format(Locale.ROOT, "%03d%04d", 200 + random.nextInt(700), random.nextInt(10000));
      List<String> spellings =
          List.of(
              area + line,
              "(" + area + ") " + line.substring(0, 3) + "-" + line.substring(3),
              "+1 " + area + " " + line.substring(0, 3) + " " + line.substring(3),
              "1-" + area + "-" + line.substring(0, 3) + "-" + line.substring(3),
              area + "." + line.substring(0, 3) + "." + line.substring(3));
      List<Normalized<String>> results = new ArrayList<>();
      spellings.forEach(s -> results.add(normalizer.phone(s)));
      assertThat(results).as("spellings %s", spellings).allMatch(r -> r.equals(results.getFirst()));
    }
  }

  @Test
  void equivalentDomainSpellingsGiveOneValue() {
    for (int i = 0; i < CASES; i++) {
      String domain = word(8) + (random.nextBoolean() ? ".com" : ".co.uk");
      List<String> spellings =
          List.of(
              domain,
              "www." + domain,
              "https://" + randomCase(domain) + "/" + word(3),
              pad("http://www." + domain + ":443"),
              word(4) + "." + domain + ".");
      for (String s : spellings) {
        assertThat(normalizer.domain(s)).as("spelling %s", s).isEqualTo(Normalized.ok(domain));
      }
    }
  }

  @Test
  void cachedResultsEqualUncachedOnesWhateverTheCacheSize() {
    Normalizer tiny =
        new Normalizer(
            NormalizationConfig.load(
                new StringReader(
                    "cache_entries: {email: 1, phone: 2, domain: 1, corporate_domain: 3}\n")));
    List<String> values = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      String host =
          switch (random.nextInt(4)) {
            case 0 -> "gmail.com";
            case 1 -> word(3) + ".mail." + word(2) + "corp.co.uk";
            case 2 -> "not a domain";
            default -> word(4) + ".com";
          };
      values.add(randomCase(word(5)) + "@" + host);
      values.add(randomish());
    }
    NormalizationConfig defaults = NormalizationConfig.defaults();
    for (int i = 0; i < CASES; i++) {
      String v = values.get(random.nextInt(values.size()));
      Normalizer uncached = new Normalizer(defaults);
      for (Normalizer cached : List.of(normalizer, tiny)) {
        assertThat(cached.email(v)).as(v).isEqualTo(uncached.email(v));
        assertThat(cached.phone(v)).as(v).isEqualTo(uncached.phone(v));
        assertThat(cached.domain(v)).as(v).isEqualTo(uncached.domain(v));
        Normalized<String> email = uncached.email(v);
        if (email.isOk()) {
          assertThat(cached.corporateDomain(email.value()))
              .as(v)
              .isEqualTo(new Normalizer(defaults).corporateDomain(email.value()));
        }
      }
    }
  }

  private String randomish() {
    String alphabet = "abcXYZ019.@+-_ ()/:é\u0001";
    StringBuilder sb = new StringBuilder();
    int len = random.nextInt(24);
    for (int i = 0; i < len; i++) {
      sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return switch (random.nextInt(4)) {
      case 0 -> sb.toString();
      case 1 -> word(5) + "@" + word(6) + ".com";
      case 2 -> "+1 415 " + (200 + random.nextInt(700)) + " " + (1000 + random.nextInt(9000));
      default -> "www." + word(6) + ".io";
    };
  }

  private String word(int len) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < len; i++) {
      sb.append((char) ('a' + random.nextInt(26)));
    }
    return sb.toString();
  }

  private String randomCase(String s) {
    StringBuilder sb = new StringBuilder();
    for (char c : s.toCharArray()) {
      sb.append(random.nextBoolean() ? Character.toUpperCase(c) : c);
    }
    return sb.toString();
  }

  private String pad(String s) {
    return " ".repeat(random.nextInt(3)) + s + "\t".repeat(random.nextInt(2));
  }
}
