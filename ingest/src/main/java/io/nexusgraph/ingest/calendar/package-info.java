/**
 * Google Calendar API events ({@code events.list} pages or JSONL of event resources): one meeting
 * event each, internal or external by the configured internal domains; organizer, creator and
 * attendees as people (each on their own edge) with roles carrying the response status.
 */
package io.nexusgraph.ingest.calendar;
