// The graph-model version this store was last migrated to (GraphMigrations). No row on an empty
// store or one written before versions were recorded (version 1).
MATCH (m:GraphModel {name: 'nexus'})
RETURN m.version AS version;
