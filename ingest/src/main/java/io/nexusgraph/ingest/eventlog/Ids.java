package io.nexusgraph.ingest.eventlog;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Deterministic ids: an ASCII type prefix plus the 128-bit MurmurHash3 (x64, seed 0) of the parts'
 * UTF-16 code units (little-endian), each part followed by the marker {@code U+FFFF} and a null
 * part written as {@code U+0000}, so that ("ab","c") and ("a","bc") differ. Same parts, same id, on
 * every machine and every run. Not a cryptographic hash: ids must be stable and practically
 * collision-free, not secret.
 *
 * <p>Guava's {@code Hashing.murmur3_128()} over the same bytes gives the same ids (IdsTest checks
 * every id against it). It is not used here because id derivation is on the ingest hot path: its
 * streaming hasher is about twice as slow per id and cannot resume from a shared prefix ({@link
 * #scope}), which made the parse benchmark roughly a third slower. For the same reason the parts
 * are framed into a buffer kept per thread ({@link IdBuffer}) rather than a new array per id.
 */
public final class Ids {
  private static final long C1 = 0x87c37b91114253d5L;
  private static final long C2 = 0x4cf5ad432745937fL;
  private static final VarHandle BIG_ENDIAN_LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);
  private static final ThreadLocal<IdBuffer> BUFFERS = ThreadLocal.withInitial(IdBuffer::new);

  private Ids() {}

  public static String of(String prefix, String... parts) {
    return of(BUFFERS.get(), prefix, parts);
  }

  /**
   * Ids whose first part is {@code first} (an event's id, shared by all its observations), with the
   * hashing of {@code first} done once: {@code scope(first).of(prefix, parts...)} equals {@code
   * of(prefix, first, parts...)}.
   */
  public static Scope scope(String first) {
    return new Scope(first, null);
  }

  /** {@link #of} with the caller's buffer, which saves looking up this thread's. */
  static String of(IdBuffer buffer, String prefix, String... parts) {
    int length = framedLength(parts);
    char[] data = buffer.chars(length);
    frame(parts, data, 0);
    return finish(prefix, 0, 0, 0, data, length, buffer);
  }

  /** {@link #scope} with the caller's buffer: the scope is then for the buffer's one thread. */
  static Scope scope(IdBuffer buffer, String first) {
    return new Scope(first, buffer);
  }

  /** See {@link #scope(String)}. */
  public static final class Scope {
    private final IdBuffer buffer; // null: this thread's, looked up per id
    private final long h1;
    private final long h2;
    private final long hashedChars;
    private final char[] rest;

    private Scope(String first, IdBuffer buffer) {
      this.buffer = buffer;
      int length = framedLength(first);
      char[] data = buffer().chars(length);
      frame(new String[] {first}, data, 0);
      long[] h = new long[2];
      int blocks = blocks(data, length / 8, h);
      this.h1 = h[0];
      this.h2 = h[1];
      this.hashedChars = 8L * blocks;
      this.rest = Arrays.copyOfRange(data, 8 * blocks, length);
    }

    public String of(String prefix, String... parts) {
      IdBuffer b = buffer();
      int length = rest.length + framedLength(parts);
      char[] data = b.chars(length);
      System.arraycopy(rest, 0, data, 0, rest.length);
      frame(parts, data, rest.length);
      return finish(prefix, h1, h2, hashedChars, data, length, b);
    }

    private IdBuffer buffer() {
      return buffer != null ? buffer : BUFFERS.get();
    }
  }

  private static int framedLength(String... parts) {
    int length = 0;
    for (String part : parts) {
      length += (part == null ? 1 : part.length()) + 1;
    }
    return length;
  }

  /** Writes each part, or U+0000 for null, followed by the U+FFFF marker. */
  private static void frame(String[] parts, char[] data, int at) {
    for (String part : parts) {
      if (part == null) {
        data[at++] = '\u0000';
      } else {
        part.getChars(0, part.length(), data, at);
        at += part.length();
      }
      data[at++] = '\uFFFF';
    }
  }

  /** Mixes the first {@code count} 8-unit blocks of {@code data} into {@code h}; returns count. */
  private static int blocks(char[] data, int count, long[] h) {
    long h1 = h[0];
    long h2 = h[1];
    for (int i = 0; i < 8 * count; i += 8) {
      long k1 =
          data[i] | (long) data[i + 1] << 16 | (long) data[i + 2] << 32 | (long) data[i + 3] << 48;
      long k2 =
          data[i + 4]
              | (long) data[i + 5] << 16
              | (long) data[i + 6] << 32
              | (long) data[i + 7] << 48;
      h1 ^= mixK1(k1);
      h1 = Long.rotateLeft(h1, 27) + h2;
      h1 = h1 * 5 + 0x52dce729;
      h2 ^= mixK2(k2);
      h2 = Long.rotateLeft(h2, 31) + h1;
      h2 = h2 * 5 + 0x38495ab5;
    }
    h[0] = h1;
    h[1] = h2;
    return count;
  }

  /**
   * Hashes {@code data[0, length)}, which follows {@code hashedChars} code units already mixed into
   * {@code h1}/{@code h2}, finalises, and formats the id.
   */
  private static String finish(
      String prefix, long h1, long h2, long hashedChars, char[] data, int length, IdBuffer buffer) {
    long[] h = {h1, h2};
    int blocks = blocks(data, length / 8, h);
    h1 = h[0];
    h2 = h[1];
    int tail = length - blocks * 8;
    if (tail > 0) {
      int i = blocks * 8;
      h1 ^= mixK1(word(data, i, Math.min(tail, 4)));
      if (tail > 4) {
        h2 ^= mixK2(word(data, i + 4, tail - 4));
      }
    }
    long bytes = 2L * (hashedChars + length);
    h1 ^= bytes;
    h2 ^= bytes;
    h1 += h2;
    h2 += h1;
    h1 = fmix64(h1);
    h2 = fmix64(h2);
    h1 += h2;
    h2 += h1;
    int size = prefix.length() + 32;
    byte[] out = buffer.bytes(size);
    for (int i = 0; i < prefix.length(); i++) {
      out[i] = (byte) prefix.charAt(i);
    }
    hex(out, prefix.length(), h1);
    hex(out, prefix.length() + 16, h2);
    return new String(out, 0, size, StandardCharsets.ISO_8859_1);
  }

  /** Up to four code units, little-endian, as one 64-bit word. */
  private static long word(char[] data, int from, int count) {
    long w = 0;
    for (int j = 0; j < count; j++) {
      w |= (long) data[from + j] << (16 * j);
    }
    return w;
  }

  private static long mixK1(long k) {
    return Long.rotateLeft(k * C1, 31) * C2;
  }

  private static long mixK2(long k) {
    return Long.rotateLeft(k * C2, 33) * C1;
  }

  private static long fmix64(long k) {
    k ^= k >>> 33;
    k *= 0xff51afd7ed558ccdL;
    k ^= k >>> 33;
    k *= 0xc4ceb9fe1a85ec53L;
    k ^= k >>> 33;
    return k;
  }

  /** Writes {@code v} as 16 lowercase hex digits, most significant first. */
  private static void hex(byte[] out, int at, long v) {
    BIG_ENDIAN_LONGS.set(out, at, hexDigits((int) (v >>> 32)));
    BIG_ENDIAN_LONGS.set(out, at + 8, hexDigits((int) v));
  }

  /** The 8 hex digits of {@code i} as ASCII bytes of a long, the first digit in the top byte. */
  private static long hexDigits(int i) {
    long x = i & 0xFFFFFFFFL;
    // spread the nibbles apart, one per byte
    x = (x | x << 16) & 0x0000FFFF0000FFFFL;
    x = (x | x << 8) & 0x00FF00FF00FF00FFL;
    x = (x | x << 4) & 0x0F0F0F0F0F0F0F0FL;
    // 0..9 -> '0'..'9' (+0x30), 10..15 -> 'a'..'f' (+0x30 +0x27); no byte carries into the next
    long atLeastTen = ((x + 0x0606060606060606L) >>> 4) & 0x0101010101010101L;
    return x + 0x3030303030303030L + atLeastTen * 0x27;
  }
}
