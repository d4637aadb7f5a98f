// Test only: a statement Neo4j rejects whatever the rows (no such procedure).
// $rows: []
UNWIND $rows AS row
CALL nexus.test.noSuchProcedure(row)
RETURN count(*) AS rows;
