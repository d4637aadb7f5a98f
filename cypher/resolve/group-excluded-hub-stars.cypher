// For the native projection, which leaves excluded identifiers out: a record whose star hub is
// excluded still says its other identifiers are one group, so each such star's linkable spokes that
// are not excluded are returned together (GDS node ids), to be joined after WCC. Read-only.
MATCH (:GroupIdentifier:Excluded)-[r:SAME_AS]->(t:GroupIdentifier)
WHERE r.link = 1 AND NOT t:Excluded
WITH r.edge_id AS edge, collect(id(t)) AS spokes
WHERE size(spokes) > 1
RETURN spokes;
