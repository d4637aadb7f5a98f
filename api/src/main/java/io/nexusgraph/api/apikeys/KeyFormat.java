package io.nexusgraph.api.apikeys;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The shape of a key, {@code nxk_<key_id>_<secret>}: a 64-bit public key id (16 hex digits, the
 * database key, safe to show and log) and a 256-bit random secret (43 base64url characters).
 *
 * <p>The database keeps {@code sha256:<hex>} of the whole key, never the key. A plain SHA-256 is
 * enough because the secret is 256 random bits, not a password: there is no dictionary to try and
 * 2^256 guesses to make, so a slow KDF (bcrypt, Argon2) would add tens of milliseconds to every
 * request and no protection. The comparison is constant-time ({@link MessageDigest#isEqual}).
 */
final class KeyFormat {

  static final String PREFIX = "nxk_";

  private static final int ID_LENGTH = 16;
  private static final int SECRET_LENGTH = 43;
  private static final int KEY_LENGTH = PREFIX.length() + ID_LENGTH + 1 + SECRET_LENGTH;
  private static final String HASH_PREFIX = "sha256:";
  private static final HexFormat HEX = HexFormat.of();

  /**
   * Cloned for each hash: {@link MessageDigest#getInstance} looks the provider up every time, a
   * measurable share of checking a kept key on every request.
   */
  private static final MessageDigest SHA_256 = newSha256();

  private KeyFormat() {}

  static String newKeyId(SecureRandom random) {
    byte[] id = new byte[8];
    random.nextBytes(id);
    return HEX.formatHex(id);
  }

  static String newKey(String keyId, SecureRandom random) {
    byte[] secret = new byte[32];
    random.nextBytes(secret);
    return PREFIX + keyId + "_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
  }

  /**
   * The key id of a well-formed key ({@code nxk_} + 16 lower-case hex digits + {@code _} + 43
   * base64url characters), or null when {@code presented} is not one of our keys.
   */
  static String keyIdOf(String presented) {
    if (presented.length() != KEY_LENGTH || !presented.startsWith(PREFIX)) {
      return null;
    }
    int idEnd = PREFIX.length() + ID_LENGTH;
    for (int i = PREFIX.length(); i < idEnd; i++) {
      char c = presented.charAt(i);
      if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
        return null;
      }
    }
    if (presented.charAt(idEnd) != '_') {
      return null;
    }
    for (int i = idEnd + 1; i < KEY_LENGTH; i++) {
      char c = presented.charAt(i);
      if (!(c >= 'A' && c <= 'Z'
          || c >= 'a' && c <= 'z'
          || c >= '0' && c <= '9'
          || c == '_'
          || c == '-')) {
        return null;
      }
    }
    return presented.substring(PREFIX.length(), idEnd);
  }

  static String hash(String key) {
    return HASH_PREFIX + HEX.formatHex(sha256(key));
  }

  /**
   * Whether {@code presented} hashes to {@code storedHash}, in time independent of where they
   * differ.
   */
  static boolean matches(String presented, String storedHash) {
    if (!storedHash.startsWith(HASH_PREFIX)) {
      return false;
    }
    byte[] stored = HEX.parseHex(storedHash, HASH_PREFIX.length(), storedHash.length());
    return MessageDigest.isEqual(stored, sha256(presented));
  }

  private static byte[] sha256(String key) {
    MessageDigest digest;
    try {
      digest = (MessageDigest) SHA_256.clone();
    } catch (CloneNotSupportedException e) {
      digest = newSha256();
    }
    return digest.digest(key.getBytes(StandardCharsets.UTF_8));
  }

  private static MessageDigest newSha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("this JVM has no SHA-256", e);
    }
  }
}
