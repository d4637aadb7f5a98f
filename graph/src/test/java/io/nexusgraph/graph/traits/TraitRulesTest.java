package io.nexusgraph.graph.traits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TraitRulesTest {

  @Test
  void theDefaultsTrustCuratedSystemsForNamesAndRecencyForTheRest() {
    assertThat(TraitRules.defaults().sourcePriority())
        .containsExactly(
            Map.entry("name", List.of("crm", "stripe", "shopify", "segment", "calendar", "gmail")));
    assertThat(TraitRules.latestWins().sourcePriority()).isEmpty();
  }

  @Test
  void aSourceListedTwiceIsRejectedWithTheTraitName() {
    assertThatThrownBy(() -> new TraitRules(Map.of("title", List.of("crm", "gmail", "crm"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "trait rules: the source priority of 'title' must list distinct, non-blank sources,"
                + " was [crm, gmail, crm]");
  }

  @Test
  void aBlankTraitNameIsRejected() {
    assertThatThrownBy(() -> new TraitRules(Map.of(" ", List.of("crm"))))
        .hasMessage("trait rules: a source priority has no trait name");
  }
}
