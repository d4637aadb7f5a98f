// The names of the constraints and indexes that exist (a name is unique among both), so that
// GraphSchema.apply runs only the schema statements whose constraint or index is missing. Read-only.
SHOW CONSTRAINTS YIELD name RETURN name;
SHOW INDEXES YIELD name RETURN name;
