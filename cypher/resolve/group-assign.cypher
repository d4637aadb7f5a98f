// Points identifiers at their (new) entity: entity_id property and the IDENTIFIES relationship.
UNWIND $rows AS row
MATCH (i:GroupIdentifier {type: row.type, value: row.value})
SET i.entity_id = row.entity_id
WITH i, row
OPTIONAL MATCH (i)-[old:IDENTIFIES]->(:Group)
DELETE old
WITH DISTINCT i, row
MERGE (e:Group {group_id: row.entity_id})
MERGE (i)-[:IDENTIFIES]->(e);
