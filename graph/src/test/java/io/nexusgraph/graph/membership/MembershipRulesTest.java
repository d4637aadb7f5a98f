package io.nexusgraph.graph.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.nexusgraph.ingest.normalize.NormalizationConfig;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MembershipRulesTest {

  @Test
  void theDefaultsInferMembersFromWorkEmailsAndShareIngestsPersonalDomains() {
    MembershipRules rules = MembershipRules.defaults();

    assertThat(rules.inferFromEmailDomain()).isTrue();
    assertThat(rules.inferredRole()).isEqualTo("member");
    assertThat(rules.inferredSource()).isEqualTo("email_domain");
    assertThat(rules.personalDomains())
        .isEqualTo(NormalizationConfig.defaults().personalDomains())
        .contains("gmail.com");
    assertThat(rules.withoutInference().inferFromEmailDomain()).isFalse();
  }

  @Test
  void aBlankInferredRoleIsRejected() {
    assertThatThrownBy(() -> new MembershipRules(true, " ", "email_domain", Set.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("membership rules: the inferred role must not be blank");
  }
}
