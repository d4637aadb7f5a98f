package io.nexusgraph.ingest.eventlog;

import java.nio.charset.StandardCharsets;

/**
 * Deterministic ids: an ASCII type prefix plus the 128-bit MurmurHash3 (x64) of the parts' UTF-16
 * code units, with a marker between parts so that ("ab","c") and ("a","bc") differ and null differs
 * from "". Same parts, same id, on every machine and every run. Not a cryptographic hash: ids must
 * be stable and practically collision-free, not secret.
 */
public final class Ids {
  private static final long C1 = 0x87c37b91114253d5L;
  private static final long C2 = 0x4cf5ad432745937fL;
  private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

  private Ids() {}

  public static String of(String prefix, String... parts) {
    Murmur m = new Murmur();
    for (String part : parts) {
      if (part == null) {
        m.put('\u0000');
      } else {
        m.put(part);
      }
      m.put('\uFFFF');
    }
    return m.finish(prefix);
  }

  /** Streams 16-bit code units into 128-bit blocks (8 units per block). */
  private static final class Murmur {
    private long h1;
    private long h2;
    private long k1;
    private long k2;
    private int inBlock;
    private long length;

    void put(char c) {
      long v = c & 0xffffL;
      if (inBlock < 4) {
        k1 |= v << (16 * inBlock);
      } else {
        k2 |= v << (16 * (inBlock - 4));
      }
      length += 2;
      if (++inBlock == 8) {
        mixBlock();
        inBlock = 0;
        k1 = 0;
        k2 = 0;
      }
    }

    /** Same result as {@link #put(char)} per char, eight chars per step where aligned. */
    void put(String s) {
      int i = 0;
      int n = s.length();
      while (inBlock != 0 && i < n) {
        put(s.charAt(i++));
      }
      boolean bulk = false;
      for (; n - i >= 8; i += 8) {
        bulk = true;
        k1 =
            s.charAt(i)
                | (long) s.charAt(i + 1) << 16
                | (long) s.charAt(i + 2) << 32
                | (long) s.charAt(i + 3) << 48;
        k2 =
            s.charAt(i + 4)
                | (long) s.charAt(i + 5) << 16
                | (long) s.charAt(i + 6) << 32
                | (long) s.charAt(i + 7) << 48;
        length += 16;
        mixBlock();
      }
      if (bulk) {
        k1 = 0;
        k2 = 0;
      }
      while (i < n) {
        put(s.charAt(i++));
      }
    }

    private void mixBlock() {
      h1 ^= mixK1(k1);
      h1 = Long.rotateLeft(h1, 27);
      h1 += h2;
      h1 = h1 * 5 + 0x52dce729;
      h2 ^= mixK2(k2);
      h2 = Long.rotateLeft(h2, 31);
      h2 += h1;
      h2 = h2 * 5 + 0x38495ab5;
    }

    String finish(String prefix) {
      if (inBlock > 0) {
        h1 ^= mixK1(k1);
        h2 ^= mixK2(k2);
      }
      h1 ^= length;
      h2 ^= length;
      h1 += h2;
      h2 += h1;
      h1 = fmix64(h1);
      h2 = fmix64(h2);
      h1 += h2;
      h2 += h1;
      byte[] out = new byte[prefix.length() + 32];
      for (int i = 0; i < prefix.length(); i++) {
        out[i] = (byte) prefix.charAt(i);
      }
      hex(out, prefix.length(), h1);
      hex(out, prefix.length() + 16, h2);
      return new String(out, StandardCharsets.ISO_8859_1);
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

    private static void hex(byte[] out, int at, long v) {
      for (int i = 0; i < 16; i++) {
        out[at + i] = HEX[(int) (v >>> (60 - 4 * i)) & 0xf];
      }
    }
  }
}
