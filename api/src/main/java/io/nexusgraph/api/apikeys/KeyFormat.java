package io.nexusgraph.api.apikeys;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

  private static final Pattern SHAPE = Pattern.compile("nxk_([0-9a-f]{16})_[A-Za-z0-9_-]{43}");
  private static final String HASH_PREFIX = "sha256:";
  private static final HexFormat HEX = HexFormat.of();

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

  /** The key id of a well-formed key, or null when {@code presented} is not one of our keys. */
  static String keyIdOf(String presented) {
    Matcher matcher = SHAPE.matcher(presented);
    return matcher.matches() ? matcher.group(1) : null;
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
    try {
      return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("this JVM has no SHA-256", e);
    }
  }
}
