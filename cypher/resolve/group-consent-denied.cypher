// Identifiers seen only in records that denied consent: no linkable evidence, no event whose
// consent is anything but denied, and at least one denied sighting (an event or an unlinkable
// SAME_AS). They stay as observations but never form an entity. Read-only.
// Every identifier (a run over everything); <kind>-consent-denied-scoped looks at a scoped run's seed.
MATCH (i:GroupIdentifier)
WHERE NOT EXISTS { (i)-[r:SAME_AS]-() WHERE r.linkable = true }
  AND NOT EXISTS { (i)<-[:INVOLVES]-(e:Event) WHERE e.consent IS NULL OR e.consent <> 'denied' }
  AND (EXISTS { (i)<-[:INVOLVES]-(:Event {consent: 'denied'}) }
       OR EXISTS { (i)-[r:SAME_AS]-() WHERE r.linkable = false })
RETURN i.type AS type, i.value AS value
ORDER BY type, value;
