/**
 * Segment-spec calls (identify, track, page, screen, group) from JSONL exports or {@code
 * {"batch":[...]}} documents. The anonymous id, user id and email of one call share an edge: the
 * caller asserts they are one visitor.
 */
package io.nexusgraph.ingest.segment;
