package io.nexusgraph.ingest.eventlog;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.hash.Hashing;
import java.io.ByteArrayOutputStream;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Set;
import org.junit.jupiter.api.Test;

class IdsTest {

  @Test
  void idsAreMurmur3Of128BitsOverUtf16WithPartMarkers() {
    String text = "abcdefghijklmnopqrstuvwxyz0123456789-Ünïcødé-\uD83D\uDE00";
    for (int i = 0; i <= text.length(); i++) {
      String a = text.substring(0, i);
      String b = text.substring(i);
      assertThat(Ids.of("t_", a, b)).isEqualTo("t_" + reference(a, b));
    }
  }

  @Test
  void idsArePinnedSoTheyStayStableAcrossReleases() {
    // changing this value changes every id in every stored event log: don't
    assertThat(Ids.of("evt_", "segment", "msg-1", "{}"))
        .isEqualTo("evt_" + reference("segment", "msg-1", "{}"));
    assertThat(Ids.of("edg_")).isEqualTo("edg_" + "0".repeat(32));
  }

  @Test
  void aScopeGivesTheIdsOfItsFirstPartFollowedByTheRest() {
    String text = "evt_0123456789abcdef0123456789abcdef-Ünïcødé-\uD83D\uDE00";
    for (int i = 0; i <= text.length(); i++) {
      String first = text.substring(0, i);
      Ids.Scope scope = Ids.scope(first);
      assertThat(scope.of("p_", "user", "email", "a@b.co", null))
          .isEqualTo(Ids.of("p_", first, "user", "email", "a@b.co", null));
      assertThat(scope.of("e_")).isEqualTo(Ids.of("e_", first));
    }
    assertThat(Ids.scope(null).of("n_", "x")).isEqualTo(Ids.of("n_", null, "x"));
  }

  @Test
  void anIdDoesNotDependOnWhatWasHashedBeforeIt() {
    String huge = "x".repeat(IdBuffer.KEPT * 2 + 3);
    String small = "s_" + reference("a", "b");
    assertThat(Ids.of("s_", "a", "b")).isEqualTo(small);
    assertThat(Ids.of("h_", huge, "y")).isEqualTo("h_" + reference(huge, "y"));
    assertThat(Ids.of("s_", "a", "b")).isEqualTo(small);
    Ids.Scope scope = Ids.scope("evt_1");
    assertThat(scope.of("p_", huge)).isEqualTo("p_" + reference("evt_1", huge));
    assertThat(scope.of("p_", "z")).isEqualTo("p_" + reference("evt_1", "z"));
    assertThat(Ids.of("a_very_long_prefix_", "z"))
        .isEqualTo("a_very_long_prefix_" + reference("z"));
    assertThat(Ids.of("s_", "a", "b")).isEqualTo(small);
  }

  @Test
  void partBoundariesAndNullsMatter() {
    assertThat(Ids.of("x_", "ab", "c")).isNotEqualTo(Ids.of("x_", "a", "bc"));
    assertThat(Ids.of("x_", (String) null)).isNotEqualTo(Ids.of("x_", ""));
    assertThat(Ids.of("x_", "a")).isNotEqualTo(Ids.of("y_", "a"));
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < 1000; i++) {
      ids.add(Ids.of("n_", String.valueOf(i)));
    }
    assertThat(ids).hasSize(1000);
  }

  /**
   * Guava's murmur3_128 over the same little-endian code units (lone surrogates included), printed
   * as h1 then h2 in big-endian.
   */
  private static String reference(String... parts) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    for (String part : parts) {
      for (char c : part.toCharArray()) {
        bytes.write(c & 0xff);
        bytes.write(c >>> 8);
      }
      bytes.writeBytes(new byte[] {(byte) 0xff, (byte) 0xff});
    }
    byte[] h = Hashing.murmur3_128().hashBytes(bytes.toByteArray()).asBytes();
    byte[] out = new byte[16];
    for (int i = 0; i < 8; i++) {
      out[i] = h[7 - i];
      out[8 + i] = h[15 - i];
    }
    return HexFormat.of().formatHex(out);
  }
}
