// Records the rules fingerprint a resolution of $kind ran with: null when it starts, the rules
// when it has written everything.
MERGE (s:ResolverState {kind: $kind})
SET s.rules = $rules, s.run_id = $run_id;
