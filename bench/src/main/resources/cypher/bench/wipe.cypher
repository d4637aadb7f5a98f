// Empties the graph (benchmark only: a full rebuild starts from nothing). Needs an implicit
// transaction (CALL ... IN TRANSACTIONS).
MATCH (n)
CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS;
