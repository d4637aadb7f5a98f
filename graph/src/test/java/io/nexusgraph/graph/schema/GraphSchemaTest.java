package io.nexusgraph.graph.schema;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GraphSchemaTest {

  @Test
  void readsTheNameACreateStatementGives() {
    assertThat(
            GraphSchema.nameOf("CREATE INDEX same_as_edge_id IF NOT EXISTS\nFOR ()-[r:SAME_AS]-()"))
        .isEqualTo("same_as_edge_id");
    assertThat(GraphSchema.nameOf("create constraint event_id if not exists for (e:Event)"))
        .isEqualTo("event_id");
    assertThat(
            GraphSchema.nameOf("CREATE TEXT INDEX note_text IF NOT EXISTS FOR (n:Note) ON (n.t)"))
        .isEqualTo("note_text");
    assertThat(
            GraphSchema.nameOf("// a comment\nCREATE INDEX after_comment IF NOT EXISTS FOR (n:A)"))
        .isEqualTo("after_comment");
  }

  @Test
  void tellsConstraintsFromIndexes() {
    assertThat(GraphSchema.isConstraint("create constraint event_id if not exists for (e:Event)"))
        .isTrue();
    assertThat(
            GraphSchema.isConstraint(
                "CREATE CONSTRAINT person_identifier IF NOT EXISTS\nFOR (i:PersonIdentifier)"))
        .isTrue();
    assertThat(GraphSchema.isConstraint("CREATE INDEX same_as_edge_id IF NOT EXISTS FOR ()-[r]-()"))
        .isFalse();
    assertThat(
            GraphSchema.isConstraint("CREATE TEXT INDEX constraint_text IF NOT EXISTS FOR (n:N)"))
        .isFalse();
  }

  @Test
  void anUnnamedStatementHasNoName() {
    assertThat(GraphSchema.nameOf("CREATE INDEX FOR (n:Person) ON (n.name)")).isNull();
    assertThat(GraphSchema.nameOf("CREATE INDEX named_but_strict FOR (n:Person) ON (n.name)"))
        .isNull();
  }
}
