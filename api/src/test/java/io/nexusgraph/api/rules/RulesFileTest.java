package io.nexusgraph.api.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.nexusgraph.graph.identity.IdentifierKey;
import io.nexusgraph.graph.override.IdentityOverride;
import io.nexusgraph.graph.resolution.Blocklist;
import io.nexusgraph.graph.resolution.Guardrails;
import io.nexusgraph.ingest.ConfigException;
import io.nexusgraph.ingest.eventlog.EntityKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RulesFileTest {

  @TempDir Path dir;

  @Test
  void anEmptyFileKeepsEveryDefault() throws Exception {
    Path file = Files.writeString(dir.resolve("rules.yml"), "# nothing\n");

    assertThat(RulesFile.load(file)).isEqualTo(ResolutionRules.defaults());
  }

  @Test
  void listedRulesReplaceTheirDefaultsAndTheRestStay() throws Exception {
    Path file =
        Files.writeString(
            dir.resolve("rules.yml"),
            """
            guardrails:
              type_limits: [{type: user_id, max: 2}]
              component_size_alert: 50
              blocklist:
                values: [{type: email, value: info@acme.com}]
                patterns: [{type: phone, regex: '\\+1555.*'}]
            traits:
              source_priority:
                title: [crm, segment]
            overrides:
              - {kind: person, a: 'email:a@x.com', b: 'email:b@x.com', action: apart, note: T-1}
              - {a: 'user_id:u-1', b: 'email:c@x.com', action: together}
            """);

    ResolutionRules rules = RulesFile.load(file);

    Guardrails g = rules.guardrails();
    assertThat(g.typeLimits()).containsExactly(new Guardrails.TypeLimit("user_id", 2));
    assertThat(g.componentSizeAlert()).isEqualTo(50);
    assertThat(g.sharedLimits()).isEqualTo(Guardrails.defaults().sharedLimits());
    assertThat(g.blocklist().values())
        .containsExactly(new Blocklist.Value("email", "info@acme.com"));
    assertThat(g.blocklist().patterns()).containsExactly(new Blocklist.Regex("phone", "\\+1555.*"));
    assertThat(rules.traits().sourcePriority())
        .isEqualTo(Map.of("title", List.of("crm", "segment")));
    assertThat(rules.overrides().rules())
        .containsExactly(
            IdentityOverride.apart(
                EntityKind.PERSON,
                new IdentifierKey("email", "a@x.com"),
                new IdentifierKey("email", "b@x.com"),
                "T-1"),
            IdentityOverride.together(
                EntityKind.PERSON,
                new IdentifierKey("user_id", "u-1"),
                new IdentifierKey("email", "c@x.com"),
                ""));
  }

  @Test
  void aBadRuleNamesTheFileAndTheProblem() throws Exception {
    Path file =
        Files.writeString(
            dir.resolve("rules.yml"),
            "overrides:\n  - {a: 'email-without-type', b: 'x:y', action: apart}\n");

    assertThatThrownBy(() -> RulesFile.load(file))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("rules.yml")
        .hasMessageContaining("'email-without-type' must be written type:value");
  }

  @Test
  void aMissingFileIsAClearError() {
    assertThatThrownBy(() -> RulesFile.load(dir.resolve("absent.yml")))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("does not exist (NEXUS_RULES)");
  }
}
