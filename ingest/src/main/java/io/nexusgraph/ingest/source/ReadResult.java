package io.nexusgraph.ingest.source;

import io.nexusgraph.ingest.quarantine.SourceCounts;

/** The outcome of one read: where to resume next time, and the reconciled counts. */
public record ReadResult(Checkpoint checkpoint, SourceCounts counts) {}
