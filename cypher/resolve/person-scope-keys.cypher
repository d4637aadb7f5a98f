// The identifiers in this run's scope (ResolveScope), whose marks the run may set or lift.
MATCH (i:PersonIdentifier:ResolveScope)
RETURN i.type AS type, i.value AS value;
