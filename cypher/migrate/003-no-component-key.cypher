// Graph model 3: Person and Group nodes no longer carry `component`, the key of the component the
// constraints split them from. Stores resolved on 2026-11-23 wrote it so that an incremental run
// could re-resolve a split component whole; the run no longer needs it (a joined group that
// breaks no constraint is one entity, see RegionComponents), and a key no run updates would go
// stale. This removes it from a store written before, in auto-commit transactions of $batch rows.
MATCH (p:Person)
WHERE p.component IS NOT NULL
CALL (p) { REMOVE p.component } IN TRANSACTIONS OF $batch ROWS;
MATCH (g:Group)
WHERE g.component IS NOT NULL
CALL (g) { REMOVE g.component } IN TRANSACTIONS OF $batch ROWS;
