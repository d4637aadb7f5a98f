/**
 * Gmail API messages ({@code users.messages.get} JSON with {@code payload.headers}): one event per
 * message; a person per address with roles sender/recipient/cc/bcc, each on its own edge (being on
 * the same email is not identity); a group per corporate email domain with a membership.
 */
package io.nexusgraph.ingest.gmail;
