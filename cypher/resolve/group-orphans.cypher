// Entities left without any identifier (all of them excluded): removed, their ids returned.
MATCH (e:Group)
WHERE NOT (e)<-[:IDENTIFIES]-()
WITH e, e.group_id AS id
DETACH DELETE e
RETURN id;
