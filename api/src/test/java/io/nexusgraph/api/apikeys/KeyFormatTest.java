package io.nexusgraph.api.apikeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class KeyFormatTest {

  private final SecureRandom random = new SecureRandom();

  @Test
  void aNewKeyIsPrefixIdAndA256BitSecret() {
    String keyId = KeyFormat.newKeyId(random);
    String key = KeyFormat.newKey(keyId, random);

    assertThat(keyId).matches("[0-9a-f]{16}");
    assertThat(key).matches("nxk_" + keyId + "_[A-Za-z0-9_-]{43}");
    assertThat(KeyFormat.keyIdOf(key)).isEqualTo(keyId);
  }

  @Test
  void keysAndIdsDoNotRepeat() {
    Set<String> keys = new HashSet<>();
    for (int i = 0; i < 1000; i++) {
      keys.add(KeyFormat.newKey(KeyFormat.newKeyId(random), random));
    }
    assertThat(keys).hasSize(1000);
  }

  @Test
  void onlyTheExactShapeHasAKeyId() {
    String secret = "A".repeat(43);

    assertThat(KeyFormat.keyIdOf("nxk_0123456789abcdef_" + secret)).isEqualTo("0123456789abcdef");
    assertThat(KeyFormat.keyIdOf("nxk_0123456789abcdef_" + secret + "A")).isNull();
    assertThat(KeyFormat.keyIdOf("nxk_0123456789ABCDEF_" + secret)).isNull();
    assertThat(KeyFormat.keyIdOf("nxk_0123456789abcde_" + secret)).isNull();
    assertThat(KeyFormat.keyIdOf("xyz_0123456789abcdef_" + secret)).isNull();
    assertThat(KeyFormat.keyIdOf("nxk_0123456789abcdef_" + "A".repeat(42) + "=")).isNull();
    assertThat(KeyFormat.keyIdOf("nxk_0123456789abcdef-" + secret)).isNull();
    assertThat(KeyFormat.keyIdOf("nxk_0123456789abcdeg_" + secret)).isNull();
    assertThat(KeyFormat.keyIdOf("nxk_0123456789abcdef_" + secret.substring(1) + "+")).isNull();
    assertThat(KeyFormat.keyIdOf("nxk_0123456789abcdef_" + secret.substring(1) + "é")).isNull();
    assertThat(KeyFormat.keyIdOf("nxk_0123456789abcdef_" + "_-".repeat(21) + "z"))
        .isEqualTo("0123456789abcdef");
    assertThat(KeyFormat.keyIdOf("")).isNull();
  }

  @Test
  void theHashIsSha256OfTheWholeKeyAndMatchesOnlyThatKey() {
    String key = "nxk_0123456789abcdef_" + "A".repeat(43);

    String hash = KeyFormat.hash(key);

    // sha256 of the key text, computed independently: printf '%s' KEY | sha256sum
    assertThat(hash)
        .isEqualTo("sha256:c0e69a4a877799e5fc3baa52efa0bd5a124527efad20d23c20483090396e10c1");
    assertThat(KeyFormat.matches(key, hash)).isTrue();
    assertThat(KeyFormat.matches(key.replace('A', 'B'), hash)).isFalse();
    assertThat(KeyFormat.matches(key, "md5:" + hash.substring(7))).isFalse();
  }
}
