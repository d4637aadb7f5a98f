// Entities left without any identifier (all of them excluded): removed, their ids returned.
MATCH (e:Person)
WHERE NOT (e)<-[:IDENTIFIES]-()
WITH e, e.person_id AS id
DETACH DELETE e
RETURN id;
