// How many identifiers there are (from the count store) and how many wait for resolution
// (PendingResolve).
CALL () {
  MATCH (i:PersonIdentifier)
  RETURN count(i) AS identifiers
}
CALL () {
  MATCH (i:PendingResolve)
  WHERE i:PersonIdentifier
  RETURN count(i) AS pending
}
RETURN identifiers, pending;
