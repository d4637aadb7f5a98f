// Every SAME_AS evidence edge of the kind with both ends, for counting shared identifiers over the
// whole graph in one pass (SharedLinkCounts): one streamed read instead of a star expansion per
// identifier (14 s of Neo4j CPU on the medium graph). Read-only.
MATCH (h:GroupIdentifier)-[r:SAME_AS]->(o:GroupIdentifier)
RETURN elementId(h) AS hub, r.edge_id AS edge, r.linkable = true AS linkable,
       h.type AS hub_type, h.value AS hub_value, h.excluded_reason AS hub_reason,
       elementId(o) AS other,
       o.type AS other_type, o.value AS other_value, o.excluded_reason AS other_reason;
