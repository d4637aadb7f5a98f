package io.nexusgraph.api.lookup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.nexusgraph.api.problem.FieldError;
import io.nexusgraph.api.problem.ProblemException;
import io.nexusgraph.api.rules.NormalizationRules;
import io.nexusgraph.graph.identity.IdentifierKey;
import io.nexusgraph.ingest.normalize.NormalizationConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IdentifierParameterTest {

  private final IdentifierParameter defaults =
      new IdentifierParameter(NormalizationConfig.defaults());

  @Test
  void valuesAreNormalisedAsIngestNormalisesThem() {
    assertThat(defaults.parse("a", "email: Jane.Doe@ACME.com "))
        .isEqualTo(new IdentifierKey("email", "jane.doe@acme.com"));
    assertThat(defaults.parse("a", "phone:+1 (650) 253-0000"))
        .isEqualTo(new IdentifierKey("phone", "+16502530000"));
    assertThat(defaults.parse("a", "phone: 16502530000"))
        .isEqualTo(new IdentifierKey("phone", "+16502530000"));
    assertThat(defaults.parse("a", "Domain:https://www.shop.acme.co.uk/x"))
        .isEqualTo(new IdentifierKey("domain", "acme.co.uk"));
    assertThat(defaults.parse("a", "user_id:U-1:7"))
        .isEqualTo(new IdentifierKey("user_id", "U-1:7"));
  }

  @Test
  void aKeptValueIsKeptPerTypeAndARefusalIsRefusedAgain() {
    for (int round = 0; round < 2; round++) {
      assertThat(defaults.parse("a", "phone:+1 (650) 253-0000"))
          .isEqualTo(new IdentifierKey("phone", "+16502530000"));
      assertThat(defaults.parse("a", "user_id:+1 (650) 253-0000"))
          .isEqualTo(new IdentifierKey("user_id", "+1 (650) 253-0000"));
      assertRefused(
          "phone:12",
          "the phone value is not one Nexus Graph resolves: not a valid phone number"
              + " (invalid_phone)");
      assertThat(defaults.parse("a", "user_id:12")).isEqualTo(new IdentifierKey("user_id", "12"));
    }
  }

  @Test
  void aValueLongerThanWhatIsKeptIsStillNormalised() {
    String longId = "U".repeat(IdentifierParameter.KEPT_LENGTH + 1);

    assertThat(defaults.parse("a", "user_id: " + longId + " "))
        .isEqualTo(new IdentifierKey("user_id", longId));
  }

  @Test
  void aNormalisationFileChangesTheRules(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("normalization.yaml");
    Files.writeString(file, "email:\n  fold_dots: true\n");

    IdentifierParameter folding = new IdentifierParameter(NormalizationRules.load(file.toString()));

    assertThat(folding.parse("a", "email:Jane.Doe@gmail.com"))
        .isEqualTo(new IdentifierKey("email", "janedoe@gmail.com"));
  }

  @Test
  void whatIsNotTypeColonValueOrAValueIngestRejectsIsA400OnTheParameter() {
    assertRefused(
        "jane@acme.com", "must be type:value, e.g. email:jane@acme.com or phone:+15551234567");
    assertRefused("email:", "must be type:value, e.g. email:jane@acme.com or phone:+15551234567");
    assertRefused(
        "e mail:x",
        "identifier type 'e mail' must be lower-case letters, digits and _ (email, phone, domain,"
            + " user_id, ...)");
    assertRefused(
        "phone:12",
        "the phone value is not one Nexus Graph resolves: not a valid phone number (invalid_phone)");
    assertRefused(
        "user_id:unknown",
        "the user_id value is not one Nexus Graph resolves: blocked value (blocked_value)");
  }

  private void assertRefused(String text, String message) {
    assertThatThrownBy(() -> defaults.parse("who", text))
        .isInstanceOfSatisfying(
            ProblemException.class,
            problem -> {
              assertThat(problem.status().getCode()).isEqualTo(400);
              assertThat(problem.getMessage()).isEqualTo("who: " + message);
              assertThat(problem.errors()).isEqualTo(List.of(new FieldError("who", message)));
            });
  }
}
