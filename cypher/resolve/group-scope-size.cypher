// How many identifiers there are (from the count store) and how many wait for resolution
// (PendingResolve).
CALL () {
  MATCH (i:GroupIdentifier)
  RETURN count(i) AS identifiers
}
CALL () {
  MATCH (i:PendingResolve)
  WHERE i:GroupIdentifier
  RETURN count(i) AS pending
}
RETURN identifiers, pending;
