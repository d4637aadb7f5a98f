// Incremental resolution: the linkable SAME_AS between identifiers loaded since the last resolution
// (PendingResolve). Every new star is among them (the loader labels both ends of a new SAME_AS), so
// these and the last run's entities give the new components (RegionComponents). An old SAME_AS
// between two pending identifiers is harmless: it lies within one entity, or it is a link the
// constraints dropped, whose two parts together break the limit that split them, so the region
// re-resolves their component whole. Read-only; node ids.
MATCH (hub:PersonIdentifier:PendingResolve)-[r:SAME_AS]->(spoke:PersonIdentifier:PendingResolve)
WHERE r.link = 1
RETURN id(hub) AS hub, id(spoke) AS spoke, r.edge_id AS edge_id;
