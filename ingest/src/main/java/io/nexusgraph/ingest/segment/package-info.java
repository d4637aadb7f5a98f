/**
 * Segment-spec calls (identify, track, page, screen, group, alias) from JSONL exports or {@code
 * {"batch":[...]}} documents. The anonymous id, user id and email of one call share an edge: the
 * caller asserts they are one visitor; so do an alias call's previousId and userId.
 */
package io.nexusgraph.ingest.segment;
