// What loading traits and building entities (traits, memberships, participation) rely on.
// Trait observations are MERGEd on their deterministic id.
CREATE CONSTRAINT person_trait_id IF NOT EXISTS
FOR (t:PersonTrait) REQUIRE t.id IS UNIQUE;

CREATE CONSTRAINT group_trait_id IF NOT EXISTS
FOR (t:GroupTrait) REQUIRE t.id IS UNIQUE;

// Persons whose email is at a group's domain (memberships inferred from corporate domains).
CREATE INDEX person_identifier_email_domain IF NOT EXISTS
FOR (i:PersonIdentifier) ON (i.email_domain);

// The entities a resolution run changed: what an incremental entity build recomputes.
CREATE INDEX person_resolved_in_run IF NOT EXISTS
FOR (p:Person) ON (p.resolved_in_run);

CREATE INDEX group_resolved_in_run IF NOT EXISTS
FOR (g:Group) ON (g.resolved_in_run);

CREATE INDEX id_change_run_id IF NOT EXISTS
FOR (c:IdChange) ON (c.run_id);

