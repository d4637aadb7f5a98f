package io.nexusgraph.ingest.eventlog;

import com.google.common.hash.Hasher;
import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;

/**
 * Deterministic ids: a type prefix plus 128 bits of murmur3 over the parts, separated so that
 * ("ab","c") and ("a","bc") differ. Same parts, same id, on every machine and every run.
 */
public final class Ids {
  private Ids() {}

  public static String of(String prefix, String... parts) {
    Hasher hasher = Hashing.murmur3_128().newHasher();
    for (String part : parts) {
      if (part == null) {
        hasher.putByte((byte) 0);
      } else {
        hasher.putByte((byte) 1).putString(part, StandardCharsets.UTF_8);
      }
      hasher.putByte((byte) 0x1f);
    }
    return prefix + hasher.hash();
  }
}
