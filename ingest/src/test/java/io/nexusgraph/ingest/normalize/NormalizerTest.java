package io.nexusgraph.ingest.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.nexusgraph.ingest.ConfigException;
import io.nexusgraph.ingest.quarantine.ReasonCode;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NormalizerTest {
  private final Normalizer normalizer = new Normalizer(NormalizationConfig.defaults());

  @ParameterizedTest
  @CsvSource({
    "' Alice.Smith@Acme.COM ', alice.smith@acme.com",
    "mailto:bob@globex.com, bob@globex.com",
    "first.last+news@gmail.com, first.last+news@gmail.com",
    "o'brien@sub.example.co.uk, o'brien@sub.example.co.uk"
  })
  void emailsAreTrimmedAndLowercasedWithoutFoldingByDefault(String raw, String expected) {
    assertThat(normalizer.email(raw)).isEqualTo(Normalized.ok(expected));
  }

  @Test
  void providerFoldingIsOptInAndOnlyForConfiguredProviders() {
    Normalizer folding =
        new Normalizer(NormalizationConfig.defaults().withEmailFolding(true, true));
    assertThat(folding.email("First.Last+news@gmail.com").value()).isEqualTo("firstlast@gmail.com");
    assertThat(folding.email("first.last+news@acme.com").value())
        .isEqualTo("first.last+news@acme.com");
    assertThat(folding.email("first.last+x@outlook.com").value())
        .isEqualTo("first.last@outlook.com");
  }

  @ParameterizedTest
  @CsvSource({
    "alice, INVALID_EMAIL",
    "alice@, INVALID_EMAIL",
    "@acme.com, INVALID_EMAIL",
    "alice..smith@acme.com, INVALID_EMAIL",
    "alice@acme, INVALID_EMAIL",
    "alice@-acme.com, INVALID_EMAIL",
    "alice smith@acme.com, INVALID_EMAIL",
    "test@test.com, BLOCKED_VALUE",
    "noreply@acme.com, BLOCKED_VALUE",
    "no-reply@acme.com, BLOCKED_VALUE",
    "jane@example.com, BLOCKED_VALUE",
    "N/A, BLOCKED_VALUE",
    "null, BLOCKED_VALUE",
    "'', BLOCKED_VALUE"
  })
  void badEmailsAreSetAsideWithAReason(String raw, ReasonCode reason) {
    assertThat(normalizer.email(raw == null ? "" : raw).reason()).isEqualTo(reason);
  }

  @ParameterizedTest
  @CsvSource({
    "(415) 555-2671, +14155552671",
    "415.555.2671, +14155552671",
    "+1 415 555 2671, +14155552671",
    "+44 20 7946 0958, +442079460958",
    "+14155552671, +14155552671"
  })
  void phonesBecomeE164WithTheDefaultRegion(String raw, String expected) {
    assertThat(normalizer.phone(raw)).isEqualTo(Normalized.ok(expected));
  }

  @Test
  void theDefaultRegionIsConfigurable() {
    Normalizer uk =
        new Normalizer(NormalizationConfig.load(new StringReader("default_region: GB\n")));
    assertThat(uk.phone("020 7946 0958").value()).isEqualTo("+442079460958");
  }

  @ParameterizedTest
  @CsvSource({
    "0000000000, BLOCKED_VALUE",
    "1234567890, BLOCKED_VALUE",
    "+1 (123) 456-7890, BLOCKED_VALUE",
    "999-999-9999, BLOCKED_VALUE",
    "12, INVALID_PHONE",
    "call me, INVALID_PHONE",
    "+1 415 555 267, INVALID_PHONE"
  })
  void placeholderAndInvalidPhonesAreSetAside(String raw, ReasonCode reason) {
    assertThat(normalizer.phone(raw).reason()).isEqualTo(reason);
  }

  @ParameterizedTest
  @CsvSource({
    "Acme.com, acme.com",
    "www.acme.com, acme.com",
    "https://www.Acme.com/about?x=1, acme.com",
    "http://shop.acme.co.uk:8080/, acme.co.uk",
    "mail.eu.globex.com., globex.com",
    "jsmith.myshopify.com, jsmith.myshopify.com"
  })
  void domainsReduceToTheRegistrableDomain(String raw, String expected) {
    assertThat(normalizer.domain(raw)).isEqualTo(Normalized.ok(expected));
  }

  @ParameterizedTest
  @CsvSource({"co.uk", "localhost", "acme..com", "not a domain"})
  void nonDomainsAreInvalid(String raw) {
    assertThat(normalizer.domain(raw).reason()).isEqualTo(ReasonCode.INVALID_DOMAIN);
  }

  @Test
  void personalDomainsNeverBecomeCompanies() {
    assertThat(normalizer.corporateDomain("bob@gmail.com")).isNull();
    assertThat(normalizer.corporateDomain("bob@hotmail.co.uk")).isNull();
    assertThat(normalizer.corporateDomain("bob@eu.mail.globex.com")).isEqualTo("globex.com");
    Normalizer extended =
        new Normalizer(
            NormalizationConfig.load(new StringReader("extra_personal_domains: [globex.com]\n")));
    assertThat(extended.corporateDomain("bob@globex.com")).isNull();
  }

  @Test
  void valuesTooLongToCacheAreNormalisedAllTheSame() {
    String padding = " ".repeat(Normalizer.CACHED_LENGTH);
    assertThat(normalizer.email(padding + "Ann@Acme.COM"))
        .isEqualTo(Normalized.ok("ann@acme.com"))
        .isEqualTo(normalizer.email(padding + "Ann@Acme.COM"));
    assertThat(normalizer.phone(padding + "(212) 555-0100"))
        .isEqualTo(Normalized.ok("+12125550100"));
    assertThat(normalizer.domain(padding + "https://www.Acme.co.uk/x"))
        .isEqualTo(Normalized.ok("acme.co.uk"));
    assertThat(normalizer.phone(padding + "0000000000").reason())
        .isEqualTo(ReasonCode.BLOCKED_VALUE);
  }

  @Test
  void cacheSizesAreConfigWithDefaultsAndMustBePositive() {
    assertThat(NormalizationConfig.defaults().cacheEntries())
        .isEqualTo(new CacheSizes(32_768, 16_384, 8192, 32_768));
    assertThat(
            NormalizationConfig.load(new StringReader("cache_entries: {phone: 100}\n"))
                .cacheEntries())
        .isEqualTo(new CacheSizes(32_768, 100, 8192, 32_768));
    assertThatThrownBy(
            () -> NormalizationConfig.load(new StringReader("cache_entries: {domain: 0}\n")))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("cache_entries must all be at least 1")
        .hasMessageContaining("domain 0");
  }

  @Test
  void controlCharactersAndOversizedValuesAreRejectedForEveryType() {
    assertThat(normalizer.identifier("user_id", "u\u00001").reason())
        .isEqualTo(ReasonCode.CONTROL_CHARACTERS);
    assertThat(normalizer.identifier("user_id", "u".repeat(1025)).reason())
        .isEqualTo(ReasonCode.OVERSIZED_VALUE);
    assertThat(normalizer.identifier("user_id", "u".repeat(1024)).value()).hasSize(1024);
    assertThat(normalizer.identifier("user_id", "é".repeat(600)).reason())
        .isEqualTo(ReasonCode.OVERSIZED_VALUE);
  }

  @Test
  void blockedListsAreUserExtendable() {
    Normalizer custom =
        new Normalizer(
            NormalizationConfig.load(
                new StringReader(
                    "extra_blocked_exact: [guest]\n"
                        + "extra_blocked_patterns:\n  - {type: user_id, regex: 'tmp-.*'}\n")));
    assertThat(custom.identifier("user_id", "Guest").reason()).isEqualTo(ReasonCode.BLOCKED_VALUE);
    assertThat(custom.identifier("user_id", "tmp-42").reason()).isEqualTo(ReasonCode.BLOCKED_VALUE);
    assertThat(custom.identifier("user_id", "u-42").value()).isEqualTo("u-42");
    assertThat(normalizer.identifier("user_id", "Guest").value()).isEqualTo("Guest");
  }

  @Test
  void blockedPatternsApplyToTheirTypeOrToEveryTypeWithAStar() {
    Normalizer custom =
        new Normalizer(
            NormalizationConfig.load(
                new StringReader(
                    "extra_blocked_patterns:\n"
                        + "  - {type: '*', regex: 'zz.*'}\n"
                        + "  - {type: user_id, regex: 'tmp-.*'}\n")));
    for (int round = 0; round < 2; round++) {
      assertThat(custom.identifier("user_id", "zz-1").reason()).isEqualTo(ReasonCode.BLOCKED_VALUE);
      assertThat(custom.identifier("crm_id", "zz-1").reason()).isEqualTo(ReasonCode.BLOCKED_VALUE);
      assertThat(custom.identifier("email", "zz@acme.com").reason())
          .isEqualTo(ReasonCode.BLOCKED_VALUE);
      assertThat(custom.identifier("user_id", "tmp-1").reason())
          .isEqualTo(ReasonCode.BLOCKED_VALUE);
      assertThat(custom.identifier("crm_id", "tmp-1").value()).isEqualTo("tmp-1");
      assertThat(custom.text("crm_id", " tmp-1 ").value()).isEqualTo("tmp-1");
    }
  }

  @Test
  void identifierTypesMapToNormalisers() {
    assertThat(normalizer.identifier("website", "https://www.acme.com").value())
        .isEqualTo("acme.com");
    assertThat(normalizer.identifier("email", "A@Acme.com").value()).isEqualTo("a@acme.com");
    assertThat(normalizer.identifier("user_id", " U-1 ").value()).isEqualTo("U-1");
    assertThat(List.of("email", "phone", "domain", "text"))
        .contains(normalizer.config().normalizerFor("anything"));
  }
}
