package io.nexusgraph.api.erasure;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The form in which an erased identifier is remembered in {@code suppressed_identifiers}: the
 * SHA-256 of its type and normalised value, hex. Enough to recognise the value when it comes back,
 * not to read it.
 */
public final class IdentifierHash {

  private IdentifierHash() {}

  public static String of(String type, String value) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(type.getBytes(StandardCharsets.UTF_8));
      sha.update((byte) 0);
      sha.update(value.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
