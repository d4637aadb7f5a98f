package io.nexusgraph.ingest;

/**
 * A stored checkpoint could not be read back (not the JSON {@link
 * io.nexusgraph.ingest.source.CheckpointCodec} writes, or written by a newer version). The run
 * stops instead of guessing where to resume, which could skip or silently re-read data; the message
 * says what is wrong and that deleting the checkpoint (a full, idempotent re-read) is always safe.
 */
public final class CorruptCheckpointException extends IngestException {
  public CorruptCheckpointException(String message) {
    super(message);
  }
}
