package io.nexusgraph.graph.load;

import static io.nexusgraph.graph.load.LoaderFixture.T0;
import static io.nexusgraph.graph.load.LoaderFixture.T1;
import static io.nexusgraph.graph.load.LoaderFixture.T2;
import static io.nexusgraph.graph.load.LoaderFixture.T4;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.nexusgraph.graph.schema.GraphSchema;
import io.nexusgraph.ingest.eventlog.EventLogBatch;
import io.nexusgraph.testkit.NexusServers;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.exceptions.ClientException;

@ExtendWith(NexusServers.class)
class LoaderIT {

  private final Driver driver;
  private final LoaderFixture f = new LoaderFixture(UUID.randomUUID().toString().substring(0, 8));

  LoaderIT(Driver driver) {
    this.driver = driver;
    GraphSchema.apply(driver);
  }

  @AfterEach
  void cleanUp() {
    LoaderSnapshot.delete(driver, f.s);
  }

  @Test
  void writesTheGraphModelExactly() {
    LoadResult result = new GraphLoader(driver).load(f.batches());

    assertThat(result).isEqualTo(new LoadResult(4, 7, 3, 3, 1, 5, 11, 2, result.elapsedMillis()));
    assertThat(count("MATCH (n:Event) WHERE n.event_id CONTAINS $s")).isEqualTo(4);
    assertThat(count("MATCH (n:PersonIdentifier) WHERE n.value CONTAINS $s")).isEqualTo(7);
    assertThat(count("MATCH (n:GroupIdentifier) WHERE n.value CONTAINS $s")).isEqualTo(3);

    assertThat(relationships("SAME_AS", "r.edge_id + ' linkable=' + r.linkable"))
        .containsExactlyInAnyOrder(
            "email:" + f.alice + " -> phone:" + f.phone1 + " " + f.edge(1, "c") + " linkable=true",
            "email:"
                + f.alice
                + " -> stripe_customer_id:"
                + f.customer
                + " "
                + f.edge(1, "c")
                + " linkable=true",
            "email:" + f.bob + " -> phone:" + f.phone2 + " " + f.edge(3, "c") + " linkable=false",
            "email:"
                + f.bob
                + " -> shopify_customer_id:"
                + f.shopCustomer
                + " "
                + f.edge(3, "c")
                + " linkable=false",
            "crm_company_id:"
                + f.company
                + " -> domain:"
                + f.acmeDomain
                + " "
                + f.edge(4, "co")
                + " linkable=true");
    Record stripeEdge =
        single(
            "MATCH (:PersonIdentifier {value: $v})-[r:SAME_AS]->(:PersonIdentifier {type: 'phone'})"
                + " RETURN r.source AS source, r.event_id AS event, r.occurred_at AS at",
            f.alice);
    assertThat(stripeEdge.get("source").asString()).isEqualTo("stripe");
    assertThat(stripeEdge.get("event").asString()).isEqualTo(f.event(1));
    assertThat(stripeEdge.get("at").asZonedDateTime().toInstant()).isEqualTo(T1);

    assertThat(relationships("INVOLVES", "r.role + ' ' + r.edge_id"))
        .containsExactlyInAnyOrder(
            f.event(1) + " -> email:" + f.alice + " customer " + f.edge(1, "c"),
            f.event(1) + " -> phone:" + f.phone1 + " customer " + f.edge(1, "c"),
            f.event(1) + " -> stripe_customer_id:" + f.customer + " customer " + f.edge(1, "c"),
            f.event(2) + " -> email:" + f.alice + " sender " + f.edge(2, "from"),
            f.event(2) + " -> email:" + f.bob + " recipient " + f.edge(2, "to"),
            f.event(2) + " -> domain:" + f.aliceDomain + " sender " + f.edge(2, "d"),
            f.event(3) + " -> email:" + f.bob + " customer " + f.edge(3, "c"),
            f.event(3) + " -> phone:" + f.phone2 + " customer " + f.edge(3, "c"),
            f.event(3)
                + " -> shopify_customer_id:"
                + f.shopCustomer
                + " customer "
                + f.edge(3, "c"),
            f.event(4) + " -> domain:" + f.acmeDomain + " company " + f.edge(4, "co"),
            f.event(4) + " -> crm_company_id:" + f.company + " company " + f.edge(4, "co"));

    assertThat(
            relationships(
                "MEMBER_OF_OBSERVED",
                "r.role + ' ' + r.event_id + ' ' + r.source + ' ' + toString(r.occurred_at)"))
        .containsExactlyInAnyOrder(
            "email:"
                + f.alice
                + " -> domain:"
                + f.aliceDomain
                + " employee "
                + f.event(2)
                + " gmail "
                + T2,
            "email:"
                + f.carol
                + " -> domain:"
                + f.acmeDomain
                + " owner "
                + f.event(4)
                + " crm "
                + T4);

    assertThat(traits())
        .containsExactlyInAnyOrder(
            "PersonTrait name=Alice Liddell stripe "
                + T1
                + " "
                + f.event(1)
                + " "
                + f.edge(1, "c")
                + " <- email:"
                + f.alice,
            "PersonTrait name=Nobody gmail "
                + T2
                + " "
                + f.event(2)
                + " "
                + f.edge(2, "cc")
                + " <- ",
            "GroupTrait name=Acme "
                + f.s
                + " crm "
                + T4
                + " "
                + f.event(4)
                + " "
                + f.edge(4, "co")
                + " <- crm_company_id:"
                + f.company);
    assertThat(
            single("MATCH (i {value: $v}) RETURN i.email_domain AS d", f.alice).get("d").asString())
        .isEqualTo(f.aliceDomain);
    assertThat(
            single("MATCH (i {value: $v}) RETURN i.email_domain AS d", f.phone1).get("d").isNull())
        .isTrue();
    assertThat(
            count(
                "MATCH (n:PendingBuild) WHERE (n:PersonIdentifier OR n:GroupIdentifier)"
                    + " AND n.value CONTAINS $s"))
        .isEqualTo(10);

    assertSeen(f.alice, T1, T2, "stripe");
    assertSeen(f.bob, T0, T2, "shopify");
    assertSeen(f.carol, T4, T4, "crm");
    assertSeen(f.aliceDomain, T2, T2, "gmail");
    assertSeen(f.phone1, T1, T1, "stripe");
  }

  @Test
  void writesEventProperties() {
    new GraphLoader(driver).load(f.batches());

    Map<String, Object> stripe = eventProperties(f.event(1));
    assertThat(stripe)
        .containsEntry("name", "customer.created")
        .containsEntry("type", "billing")
        .containsEntry("source", "stripe")
        .containsEntry("value", 42.5)
        .containsEntry("value_unit", "usd")
        .containsEntry("consent", "granted")
        .doesNotContainKey("description");
    assertThat(((java.time.ZonedDateTime) stripe.get("occurred_at")).toInstant()).isEqualTo(T1);
    assertThat(eventProperties(f.event(3)))
        .containsEntry("consent", "denied")
        .containsEntry("description", "a customer")
        .doesNotContainKey("value");
  }

  @Test
  void loadingTwiceChangesNothing() {
    new GraphLoader(driver).load(f.batches());
    List<String> nodes = LoaderSnapshot.nodes(driver, f.s);
    List<String> rels = LoaderSnapshot.relationships(driver, f.s);

    LoadResult again = new GraphLoader(driver).load(f.batches());

    assertThat(again.sameAsEdges()).isEqualTo(5);
    assertThat(nodes).hasSize(17);
    assertThat(rels).hasSize(20);
    assertThat(LoaderSnapshot.nodes(driver, f.s)).isEqualTo(nodes);
    assertThat(LoaderSnapshot.relationships(driver, f.s)).isEqualTo(rels);
  }

  @Test
  void smallBatchesAndAnyLoadOrderGiveTheSameGraph() {
    new GraphLoader(driver).load(f.batches());
    List<String> nodes = LoaderSnapshot.nodes(driver, f.s);
    List<String> rels = LoaderSnapshot.relationships(driver, f.s);
    LoaderSnapshot.delete(driver, f.s);

    new GraphLoader(driver, 2).load(f.batches());
    assertThat(LoaderSnapshot.nodes(driver, f.s)).isEqualTo(nodes);
    assertThat(LoaderSnapshot.relationships(driver, f.s)).isEqualTo(rels);
    LoaderSnapshot.delete(driver, f.s);

    List<EventLogBatch> reversed = new ArrayList<>(f.batches());
    Collections.reverse(reversed);
    GraphLoader oneByOne = new GraphLoader(driver, 2);
    reversed.forEach(batch -> oneByOne.load(List.of(batch)));
    assertThat(LoaderSnapshot.nodes(driver, f.s)).isEqualTo(nodes);
    assertThat(LoaderSnapshot.relationships(driver, f.s)).isEqualTo(rels);
  }

  @Test
  void reportsProgressAfterEveryTransaction() {
    List<LoadProgress> seen = new ArrayList<>();

    new GraphLoader(driver, 2, seen::add, 1).load(f.batches());

    assertThat(seen)
        .extracting(
            p ->
                "%s %d/%d %d/%d"
                    .formatted(
                        p.statement(),
                        p.statementRowsDone(),
                        p.statementRows(),
                        p.rowsDone(),
                        p.rowsTotal()))
        .containsExactly(
            "person-identifier 2/7 2/14",
            "person-identifier 4/7 4/14",
            "person-identifier 6/7 6/14",
            "person-identifier 7/7 7/14",
            "group-identifier 2/3 9/14",
            "group-identifier 3/3 10/14",
            "event 2/4 12/14",
            "event 4/4 14/14");
    assertThat(seen).allSatisfy(p -> assertThat(p.rowsPerSecond()).isPositive());
  }

  @Test
  void aStatementNeo4jRejectsFailsNamingTheStatementTheRowsAndWhatToDo() {
    UnwindWriter writer = new UnwindWriter(driver, 2, LoadListener.NONE, 5);
    List<Map<String, Object>> rows =
        IntStream.range(0, 5)
            .mapToObj(i -> Map.<String, Object>of("divisor", i == 2 ? 0 : 1))
            .toList();

    assertThatThrownBy(() -> writer.write("test-divide", rows))
        .isInstanceOf(GraphLoadException.class)
        .hasCauseInstanceOf(ClientException.class)
        .hasMessage(
            "Loading cypher/load/test-divide.cypher failed at rows 3-4 of 5"
                + " (Neo.ClientError.Statement.ArithmeticError). Neo4j rejected the statement,"
                + " which retrying cannot fix; check that the graph schema is applied"
                + " (GraphSchema.apply) and the server's log, then load the same batches again:"
                + " rows already written are not duplicated.");
  }

  private void assertSeen(String value, Instant first, Instant last, String source) {
    Record r =
        single(
            "MATCH (i {value: $v}) WHERE i:PersonIdentifier OR i:GroupIdentifier"
                + " RETURN i.first_seen_at AS first, i.last_seen_at AS last, i.source AS source",
            value);
    assertThat(r.get("first").asZonedDateTime().toInstant()).as(value).isEqualTo(first);
    assertThat(r.get("last").asZonedDateTime().toInstant()).as(value).isEqualTo(last);
    assertThat(r.get("source").asString()).as(value).isEqualTo(source);
  }

  private Map<String, Object> eventProperties(String eventId) {
    return single("MATCH (e:Event {event_id: $v}) RETURN properties(e) AS p", eventId)
        .get("p")
        .asMap();
  }

  private List<String> relationships(String type, String details) {
    return driver
        .executableQuery(
            "MATCH (n)-[r:"
                + type
                + "]->(m) WHERE coalesce(n.event_id, n.value) CONTAINS $s"
                + " RETURN coalesce(n.event_id, n.type + ':' + n.value) + ' -> ' + m.type + ':'"
                + " + m.value + ' ' + "
                + details
                + " AS line")
        .withParameters(Map.of("s", f.s))
        .execute()
        .records()
        .stream()
        .map(r -> r.get("line").asString())
        .toList();
  }

  /** Every trait of this test with its properties and the identifier it hangs off, if any. */
  private List<String> traits() {
    return driver
        .executableQuery(
            "MATCH (t) WHERE (t:PersonTrait OR t:GroupTrait) AND t.id CONTAINS $s"
                + " OPTIONAL MATCH (i)-[:TRAIT_OBSERVED]->(t)"
                + " RETURN labels(t)[0] + ' ' + t.name + '=' + t.value + ' ' + t.source + ' '"
                + " + toString(t.occurred_at) + ' ' + t.event_id + ' ' + t.edge_id + ' <- '"
                + " + coalesce(i.type + ':' + i.value, '') AS line")
        .withParameters(Map.of("s", f.s))
        .execute()
        .records()
        .stream()
        .map(r -> r.get("line").asString())
        .toList();
  }

  private long count(String match) {
    return single(match + " RETURN count(*) AS c", f.s).get("c").asLong();
  }

  private Record single(String cypher, String value) {
    return driver
        .executableQuery(cypher)
        .withParameters(Map.of("s", f.s, "v", value))
        .execute()
        .records()
        .getFirst();
  }
}
