// For the native projection: the force-together overrides between person identifiers that are not
// excluded, as GDS node ids, to be joined after WCC. Read-only.
// $together: [{a_type, a_value, b_type, b_value}]
UNWIND $together AS pair
MATCH (s:PersonIdentifier {type: pair.a_type, value: pair.a_value})
MATCH (t:PersonIdentifier {type: pair.b_type, value: pair.b_value})
WHERE NOT s:Excluded AND NOT t:Excluded
RETURN id(s) AS a, id(t) AS b;
