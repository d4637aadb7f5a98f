// Lookup indexes for loading and investigation (Neo4j Browser). No index on Event.occurred_at or
// Event.source: no statement finds events by them (events are found by event_id, or reached from
// identifiers), and each would be populated over every event on every bulk load.
CREATE INDEX person_identifier_value IF NOT EXISTS
FOR (i:PersonIdentifier) ON (i.value);

CREATE INDEX group_identifier_value IF NOT EXISTS
FOR (i:GroupIdentifier) ON (i.value);

CREATE INDEX same_as_edge_id IF NOT EXISTS
FOR ()-[r:SAME_AS]-() ON (r.edge_id);

CREATE INDEX person_identifier_entity IF NOT EXISTS
FOR (i:PersonIdentifier) ON (i.entity_id);

CREATE INDEX group_identifier_entity IF NOT EXISTS
FOR (i:GroupIdentifier) ON (i.entity_id);

CREATE INDEX id_change_old_id IF NOT EXISTS
FOR (c:IdChange) ON (c.old_id);

// Every run reads the recorded exclusions (resolve/*-exclusions: excluded_reason IS NOT NULL, a
// few thousand of the kind's identifiers): an index scan instead of a scan of every identifier.
CREATE INDEX person_identifier_excluded_reason IF NOT EXISTS
FOR (i:PersonIdentifier) ON (i.excluded_reason);

CREATE INDEX group_identifier_excluded_reason IF NOT EXISTS
FOR (i:GroupIdentifier) ON (i.excluded_reason);
