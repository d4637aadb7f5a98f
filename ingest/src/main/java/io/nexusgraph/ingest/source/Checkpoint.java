package io.nexusgraph.ingest.source;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/**
 * What has been read so far, so the next run reads only what is new: per file the {@link FileMark}
 * after the last complete record (append-only JSONL/CSV), and a watermark, the maximum {@code
 * updated_at}/{@code created} seen (JSON documents, database queries). Records stamped exactly at
 * the watermark are read again on purpose; their ids are deterministic, so the overlap is harmless.
 */
public record Checkpoint(Map<String, FileMark> files, Instant watermark) {
  public static final Checkpoint EMPTY = new Checkpoint(Map.of(), null);

  /** Byte offset just after the last complete line read, and how many lines that was. */
  public record FileMark(long byteOffset, long lines) {
    public static final FileMark START = new FileMark(0, 0);
  }

  public Checkpoint {
    files = Map.copyOf(files);
  }

  public FileMark mark(String file) {
    return files.getOrDefault(file, FileMark.START);
  }

  public Checkpoint withMark(String file, FileMark mark) {
    Map<String, FileMark> next = new TreeMap<>(files);
    next.put(file, mark);
    return new Checkpoint(next, watermark);
  }

  /** Keeps the later of the current watermark and {@code seen}. */
  public Checkpoint withWatermark(Instant seen) {
    if (seen == null || watermark != null && !seen.isAfter(watermark)) {
      return this;
    }
    return new Checkpoint(files, seen);
  }

  /** True when a record stamped {@code at} was already read in an earlier run. */
  public boolean before(Instant at) {
    return watermark != null && at != null && at.isBefore(watermark);
  }
}
