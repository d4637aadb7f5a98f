/**
 * The event log: the only contract between ingest and the graph stage.
 *
 * <p>Every source record becomes one {@link io.nexusgraph.ingest.eventlog.Event} plus the
 * observations it carries. Identity evidence is explicit: identifiers that share an {@code edge_id}
 * are asserted by the source to belong to ONE entity (the same customer record, the same identify
 * call). Identifiers that merely co-occur in an event (the sender and the recipients of an email,
 * the attendees of a meeting) carry different edge ids and are never identity evidence.
 *
 * <p>All ids are deterministic hashes of source content, so re-reading the same raw record yields
 * identical ids and loading is idempotent. Prefixes: {@code evt_} events, {@code edg_} edges,
 * {@code pio_}/{@code gio_} person/group identifier observations, {@code pto_}/{@code gto_}
 * person/group trait observations, {@code mbo_} membership observations, {@code sto_} state
 * observations, {@code rej_} rejects.
 */
package io.nexusgraph.ingest.eventlog;
