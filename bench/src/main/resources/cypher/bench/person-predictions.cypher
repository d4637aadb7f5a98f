// Every person identifier with the entity resolution gave it and whether it was excluded.
MATCH (i:PersonIdentifier)
RETURN i.type AS type, i.value AS value, i.entity_id AS entity_id,
       coalesce(i.excluded, false) AS excluded;
