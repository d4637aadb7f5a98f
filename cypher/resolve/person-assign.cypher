// Points identifiers at their (new) entity: entity_id property and the IDENTIFIES relationship.
UNWIND $rows AS row
MATCH (i:PersonIdentifier {type: row.type, value: row.value})
SET i.entity_id = row.entity_id
WITH i, row
OPTIONAL MATCH (i)-[old:IDENTIFIES]->(:Person)
DELETE old
WITH DISTINCT i, row
MERGE (e:Person {person_id: row.entity_id})
MERGE (i)-[:IDENTIFIES]->(e);
