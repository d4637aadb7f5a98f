// The rules fingerprint of the last resolution of $kind that completed (null when none did, or
// when one started since and did not finish): an incremental run may only re-resolve what changed
// when the rules are the same.
OPTIONAL MATCH (s:ResolverState {kind: $kind})
RETURN s.rules AS rules;
