// Identifiers that GraphWipe.evidence() kept (key and entity id only, labelled Unloaded) and that
// no load has brought back since (a load removes the label). They are forgotten before resolving,
// so that a rebuild from the event log ends with exactly the identifiers of the event log. A label
// scan: the run does not read every identifier to find the few a wipe left. Their entities are
// labelled PendingBuild, as by an identifier leaving them in assign.
MATCH (i:PersonIdentifier:Unloaded)
CALL (i) {
  MATCH (i)-[:IDENTIFIES]->(holder:Person)
  SET holder:PendingBuild
}
DETACH DELETE i
RETURN count(*) AS forgotten;
