/**
 * Quarantine: bad rows and bad fields are set aside with a reason, never lost and never fatal. Per
 * source, record counts reconcile: read = accepted + rejected.
 */
package io.nexusgraph.ingest.quarantine;
