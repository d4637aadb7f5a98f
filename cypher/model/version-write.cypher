// Records the graph-model version this store now has.
// $version: the number of the last migration applied
MERGE (m:GraphModel {name: 'nexus'})
SET m.version = $version;
