// Incremental resolution: the person entities that are parts of the components the constraints
// split in earlier runs (by component key): such a component is re-resolved whole. Read-only.
// $components: [component key]
UNWIND $components AS component
MATCH (e:Person {component: component})
RETURN DISTINCT e.person_id AS id;
