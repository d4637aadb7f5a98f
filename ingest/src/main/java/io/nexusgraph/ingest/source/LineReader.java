package io.nexusgraph.ingest.source;

import io.nexusgraph.ingest.SourceUnreadableException;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/**
 * Reads a file line by line from a byte offset, tracking the byte offset and number of every line,
 * in constant memory. Lines longer than {@link #MAX_LINE_BYTES} are reported truncated so one
 * broken line cannot exhaust the heap.
 */
public final class LineReader implements Closeable {
  public static final int MAX_LINE_BYTES = 8 << 20;

  /** One line: its text (without the line terminator), 1-based number and first byte. */
  public record Line(String text, long number, long byteOffset, boolean truncated) {}

  private final InputStream in;
  private final Path file;
  private final byte[] chunk = new byte[1 << 16];
  private int chunkPos;
  private int chunkLen;
  private byte[] buf = new byte[1024];
  private int lastLength;
  private boolean lastAscii;
  private long offset;
  private long number;

  public LineReader(Path file, Checkpoint.FileMark from) {
    this.file = file;
    try {
      FileChannel ch = FileChannel.open(file, StandardOpenOption.READ);
      ch.position(from.byteOffset());
      this.in = Channels.newInputStream(ch);
    } catch (IOException e) {
      throw new SourceUnreadableException("cannot open " + file + ": " + e.getMessage(), e);
    }
    this.offset = from.byteOffset();
    this.number = from.lines();
  }

  /** The next line, or null at end of file. */
  public Line next() {
    try {
      long start = offset;
      int len = 0;
      int high = 0; // the bits of every byte ORed: negative when a byte is not ASCII
      boolean truncated = false;
      boolean newline = false;
      while (!newline) {
        if (chunkPos == chunkLen) {
          chunkLen = in.read(chunk);
          chunkPos = 0;
          if (chunkLen <= 0) {
            chunkLen = 0;
            break;
          }
        }
        int end = chunkPos;
        while (end < chunkLen && chunk[end] != '\n') {
          high |= chunk[end];
          end++;
        }
        newline = end < chunkLen;
        int n = end - chunkPos;
        offset += n + (newline ? 1 : 0);
        int room = MAX_LINE_BYTES - len;
        if (n > room) {
          truncated = true;
        }
        int copy = Math.min(n, room);
        if (len + copy > buf.length) {
          buf = Arrays.copyOf(buf, Math.min(MAX_LINE_BYTES, Math.max(buf.length * 2, len + copy)));
        }
        System.arraycopy(chunk, chunkPos, buf, len, copy);
        len += copy;
        chunkPos = end + (newline ? 1 : 0);
      }
      if (!newline && offset == start) {
        return null;
      }
      if (len > 0 && buf[len - 1] == '\r') {
        len--;
      }
      number++;
      lastLength = len;
      lastAscii = high >= 0;
      // ASCII decodes the same either way; ISO-8859-1 skips UTF-8's scan for multi-byte sequences
      String text =
          new String(buf, 0, len, lastAscii ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8);
      return new Line(text, number, start, truncated);
    } catch (IOException e) {
      throw new SourceUnreadableException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * The UTF-8 bytes of the line last returned by {@link #next()}, without its terminator, are
   * {@code lastBytes()[0, lastLength())}; the array is reused by the next call. For parsers that
   * read bytes faster than text.
   */
  public byte[] lastBytes() {
    return buf;
  }

  public int lastLength() {
    return lastLength;
  }

  /** True when every byte of the line last returned by {@link #next()} is ASCII. */
  public boolean lastAscii() {
    return lastAscii;
  }

  /** Where the next run should resume: after the last line returned. */
  public Checkpoint.FileMark mark() {
    return new Checkpoint.FileMark(offset, number);
  }

  @Override
  public void close() {
    try {
      in.close();
    } catch (IOException e) {
      throw new SourceUnreadableException("cannot close " + file + ": " + e.getMessage(), e);
    }
  }
}
