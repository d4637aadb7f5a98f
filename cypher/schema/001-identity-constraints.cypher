// Uniqueness that identity resolution relies on. Applied at every start; IF NOT EXISTS makes it
// idempotent. Composite uniqueness (not NODE KEY) so that Community Edition accepts it.
CREATE CONSTRAINT event_id IF NOT EXISTS
FOR (e:Event) REQUIRE e.event_id IS UNIQUE;

CREATE CONSTRAINT person_identifier IF NOT EXISTS
FOR (i:PersonIdentifier) REQUIRE (i.type, i.value) IS UNIQUE;

CREATE CONSTRAINT group_identifier IF NOT EXISTS
FOR (i:GroupIdentifier) REQUIRE (i.type, i.value) IS UNIQUE;

CREATE CONSTRAINT person_id IF NOT EXISTS
FOR (p:Person) REQUIRE p.person_id IS UNIQUE;

CREATE CONSTRAINT group_id IF NOT EXISTS
FOR (g:Group) REQUIRE g.group_id IS UNIQUE;
