// One Event node per event_id. Every property comes from the event log record, so re-loading the
// same record writes the same values (idempotent). Rows are sorted by event_id.
// $rows: [{event_id, occurred_at, name, type, source, description, value, value_unit, consent}]
UNWIND $rows AS row
MERGE (e:Event {event_id: row.event_id})
SET e.occurred_at = row.occurred_at,
    e.name = row.name,
    e.type = row.type,
    e.source = row.source,
    e.description = row.description,
    e.value = row.value,
    e.value_unit = row.value_unit,
    e.consent = row.consent;
