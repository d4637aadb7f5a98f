package io.nexusgraph.graph.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.nexusgraph.graph.identity.IdentifierKey;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class IdentifierNodesTest {

  @Test
  void anEmailCarriesTheDomainAfterItsLastAt() {
    assertThat(IdentifierNodes.emailDomain(new IdentifierKey("email", "\"a@b\"@acme.test")))
        .isEqualTo("acme.test");
    assertThat(IdentifierNodes.emailDomain(new IdentifierKey("email", "broken@"))).isNull();
    assertThat(IdentifierNodes.emailDomain(new IdentifierKey("user_id", "u@acme.test"))).isNull();
  }

  @Test
  void onlyPersonRowsCarryAnEmailDomain() {
    Instant at = Instant.parse("2026-01-01T00:00:00Z");
    IdentifierNodes persons = new IdentifierNodes(true);
    IdentifierNodes groups = new IdentifierNodes(false);
    persons.see("email", "a@acme.test", at, "gmail");
    groups.see("domain", "acme.test", at, "gmail");

    assertThat(persons.rows().getFirst()).containsEntry("email_domain", "acme.test");
    assertThat(groups.rows().getFirst()).doesNotContainKey("email_domain");
  }
}
