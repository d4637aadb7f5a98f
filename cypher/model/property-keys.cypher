// The relationship property the resolver's native GDS projection names (SAME_AS.link) must exist
// as a property key, or gds.graph.project fails with "Relationship properties not found: 'link'"
// on a store no SAME_AS was ever written to: a first load whose records each carry one identifier.
// Neo4j keeps a key once created, so when it is missing this creates it with a relationship that
// the same transaction deletes: the store gains the key and nothing else.
CALL db.propertyKeys() YIELD propertyKey
WITH collect(propertyKey) AS keys
WHERE NOT 'link' IN keys
CREATE (a)-[r:SAME_AS {link: 0}]->(b)
DELETE r, a, b
RETURN count(*) AS created;
