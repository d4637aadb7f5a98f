// For the native projection, which leaves excluded identifiers out: a record whose star hub is
// excluded still says its other identifiers are one person, so each such star's linkable spokes that
// are not excluded are returned together (GDS node ids), to be joined after WCC. Read-only.
MATCH (:PersonIdentifier:Excluded)-[r:SAME_AS]->(t:PersonIdentifier)
WHERE r.link = 1 AND NOT t:Excluded
WITH r.edge_id AS edge, collect(id(t)) AS spokes
WHERE size(spokes) > 1
RETURN spokes;
