// Test only: fails with a client error (division by zero) on a row whose divisor is 0.
// $rows: [{divisor}]
UNWIND $rows AS row
WITH 1 / row.divisor AS quotient
RETURN count(quotient) AS rows;
