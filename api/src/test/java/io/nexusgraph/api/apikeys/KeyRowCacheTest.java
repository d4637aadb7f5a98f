package io.nexusgraph.api.apikeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class KeyRowCacheTest {

  private static final Instant T0 = Instant.parse("2026-11-22T10:00:00Z");

  private final MutableClock clock = new MutableClock();
  private final Map<String, ApiKeyRow> table = new HashMap<>();
  private final List<String> reads = new ArrayList<>();

  private Optional<ApiKeyRow> read(String keyId) {
    reads.add(keyId);
    return Optional.ofNullable(table.get(keyId));
  }

  private static ApiKeyRow row(String keyId, Instant revokedAt) {
    return new ApiKeyRow(keyId, "k", "sha256:00", new String[] {"read"}, T0, revokedAt);
  }

  @Test
  void aRowReadOnceIsKeptUntilTheTtlHasPassed() {
    KeyRowCache<ApiKeyRow> cache = new KeyRowCache<>(Duration.ofSeconds(5), clock);
    table.put("a", row("a", null));

    Optional<ApiKeyRow> first = cache.row("a", this::read);
    table.put("a", row("a", T0)); // revoked by another process
    clock.advance(Duration.ofMillis(4_999));
    Optional<ApiKeyRow> kept = cache.row("a", this::read);
    clock.advance(Duration.ofMillis(1));
    Optional<ApiKeyRow> reread = cache.row("a", this::read);

    assertThat(first.orElseThrow().revokedAt()).isNull();
    assertThat(kept.orElseThrow().revokedAt()).isNull();
    assertThat(reread.orElseThrow().revokedAt()).isEqualTo(T0);
    assertThat(reads).containsExactly("a", "a");
  }

  @Test
  void keptAnswersOnlyFromMemory() {
    KeyRowCache<ApiKeyRow> cache = new KeyRowCache<>(Duration.ofSeconds(5), clock);
    KeyRowCache<ApiKeyRow> uncached = new KeyRowCache<>(Duration.ZERO, clock);
    table.put("a", row("a", null));

    Optional<ApiKeyRow> before = cache.kept("a");
    cache.row("a", this::read);
    Optional<ApiKeyRow> after = cache.kept("a");
    clock.advance(Duration.ofSeconds(5));
    Optional<ApiKeyRow> expired = cache.kept("a");
    uncached.row("a", this::read);

    assertThat(before).isEmpty();
    assertThat(after.orElseThrow().keyId()).isEqualTo("a");
    assertThat(expired).isEmpty();
    assertThat(uncached.kept("a")).isEmpty();
    assertThat(reads).containsExactly("a", "a");
  }

  @Test
  void invalidatingDropsTheRowAtOnce() {
    KeyRowCache<ApiKeyRow> cache = new KeyRowCache<>(Duration.ofSeconds(5), clock);
    table.put("a", row("a", null));
    cache.row("a", this::read);
    table.put("a", row("a", T0));

    cache.invalidate("a");

    assertThat(cache.row("a", this::read).orElseThrow().revokedAt()).isEqualTo(T0);
    assertThat(reads).containsExactly("a", "a");
  }

  @Test
  void unknownKeysAreNeverKeptSoAKeyCreatedLaterWorksAtOnce() {
    KeyRowCache<ApiKeyRow> cache = new KeyRowCache<>(Duration.ofSeconds(5), clock);

    Optional<ApiKeyRow> missing = cache.row("b", this::read);
    table.put("b", row("b", null));
    Optional<ApiKeyRow> created = cache.row("b", this::read);

    assertThat(missing).isEmpty();
    assertThat(created).isPresent();
    assertThat(reads).containsExactly("b", "b");
  }

  @Test
  void aZeroTtlReadsTheRowEveryTime() {
    KeyRowCache<ApiKeyRow> cache = new KeyRowCache<>(Duration.ZERO, clock);
    table.put("a", row("a", null));

    cache.row("a", this::read);
    cache.row("a", this::read);
    cache.invalidate("a");

    assertThat(reads).containsExactly("a", "a");
  }

  @Test
  void aNegativeTtlIsRefused() {
    assertThatThrownBy(() -> new KeyRowCache<ApiKeyRow>(Duration.ofSeconds(-1), clock))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the API key cache ttl must not be negative, got PT-1S");
  }

  private static final class MutableClock extends Clock {
    private Instant now = T0;

    void advance(Duration d) {
      now = now.plus(d);
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }
  }
}
