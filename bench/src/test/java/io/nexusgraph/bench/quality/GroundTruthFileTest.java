package io.nexusgraph.bench.quality;

import static org.assertj.core.api.Assertions.assertThat;

import io.nexusgraph.graph.identity.IdentifierKey;
import io.nexusgraph.ingest.eventlog.EntityKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GroundTruthFileTest {

  @Test
  void readsOwnersAndTrapsOfOneKind(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("ground-truth.csv");
    Files.writeString(
        file,
        """
        entity_kind,identifier_type,identifier_value,entity_key,trap
        person,email,a@x.io,p-1,
        person,email,team@x.io,p-1,shared_inbox
        person,email,team@x.io,p-2,shared_inbox
        person,email,test@test.com,,placeholder
        person,name_note,"smith, j",p-2,
        group,domain,x.io,c-1,
        """);

    Truth persons = GroundTruthFile.read(file, EntityKind.PERSON);
    Truth groups = GroundTruthFile.read(file, EntityKind.GROUP);

    assertThat(persons.owners())
        .isEqualTo(
            Map.of(
                new IdentifierKey("email", "a@x.io"), Set.of("p-1"),
                new IdentifierKey("email", "team@x.io"), Set.of("p-1", "p-2"),
                new IdentifierKey("email", "test@test.com"), Set.of(),
                new IdentifierKey("name_note", "\"smith, j\""), Set.of("p-2")));
    assertThat(persons.traps())
        .isEqualTo(
            Map.of(
                new IdentifierKey("email", "team@x.io"), "shared_inbox",
                new IdentifierKey("email", "test@test.com"), "placeholder"));
    assertThat(groups.owners())
        .isEqualTo(Map.of(new IdentifierKey("domain", "x.io"), Set.of("c-1")));
    assertThat(groups.traps()).isEmpty();
  }
}
