package io.nexusgraph.ingest.eventlog;

/**
 * Reused scratch arrays for deriving ids: the framed parts to hash and the id's bytes. Ids are
 * derived several times per source record, so a new array each time was a large share of all the
 * ingest's allocation. Arrays grow to what is asked but are kept only up to {@link #KEPT} chars, so
 * one huge record does not pin its size for the rest of the run.
 *
 * <p>Not thread-safe. {@link Ids#of} uses one per thread; a reader that derives many ids on one
 * thread holds its own ({@link #of}, {@link #scope}), which saves the thread-local lookup per id (a
 * few percent of parsing in a JVM whose threads carry many thread-locals, such as Maven's).
 */
public final class IdBuffer {
  static final int KEPT = 8192;

  private char[] chars = new char[256];
  private byte[] bytes = new byte[64];

  /** Same as {@link Ids#of}, with this buffer. */
  public String of(String prefix, String... parts) {
    return Ids.of(this, prefix, parts);
  }

  /** Same as {@link Ids#scope}, with this buffer: the scope is for this buffer's one thread. */
  public Ids.Scope scope(String first) {
    return Ids.scope(this, first);
  }

  /** An array of at least {@code length} chars; its contents are undefined. */
  char[] chars(int length) {
    if (length <= chars.length) {
      return chars;
    }
    char[] grown = new char[Math.max(length, Math.min(KEPT, 2 * chars.length))];
    if (grown.length <= KEPT) {
      chars = grown;
    }
    return grown;
  }

  /** An array of at least {@code length} bytes; its contents are undefined. */
  byte[] bytes(int length) {
    if (length > bytes.length) {
      bytes = new byte[length];
    }
    return bytes;
  }
}
