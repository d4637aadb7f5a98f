package io.nexusgraph.api.apikeys;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;

/**
 * The {@code api_keys} rows of recently presented keys, each kept for at most {@code ttl} after it
 * was read, so a client sending hundreds of requests a second does not make each one read the
 * table. A revocation through this service drops the row at once ({@link #invalidate}); one made by
 * another process (the {@code nexus apikey revoke} command) is seen within {@code ttl}. A zero ttl
 * reads the row on every request. Unknown key ids are never kept, so a key created elsewhere works
 * on its first request. Rows hold the key's hash, never the key. {@code V} is what is kept of a
 * row: the row itself, or what is made of it once so that requests need not make it again.
 */
final class KeyRowCache<V> {

  /** How many keys' rows are kept at most; beyond that the least used are dropped. */
  static final int MAX_KEYS = 10_000;

  private final Cache<String, V> rows;

  KeyRowCache(Duration ttl, Clock clock) {
    if (ttl.isNegative()) {
      throw new IllegalArgumentException("the API key cache ttl must not be negative, got " + ttl);
    }
    this.rows =
        ttl.isZero()
            ? null
            : Caffeine.newBuilder()
                .maximumSize(MAX_KEYS)
                .expireAfterWrite(ttl)
                .ticker(() -> nanos(clock))
                .build();
  }

  /** The row of {@code keyId}: the kept one while it is fresh, else what {@code read} returns. */
  Optional<V> row(String keyId, Function<String, Optional<V>> read) {
    if (rows == null) {
      return read.apply(keyId);
    }
    V kept = rows.getIfPresent(keyId);
    if (kept != null) {
      return Optional.of(kept);
    }
    Optional<V> row = read.apply(keyId);
    row.ifPresent(r -> rows.put(keyId, r));
    return row;
  }

  /** The kept row of {@code keyId} while it is fresh; empty when it would have to be read. */
  Optional<V> kept(String keyId) {
    return rows == null ? Optional.empty() : Optional.ofNullable(rows.getIfPresent(keyId));
  }

  void invalidate(String keyId) {
    if (rows != null) {
      rows.invalidate(keyId);
    }
  }

  private static long nanos(Clock clock) {
    var now = clock.instant();
    return now.getEpochSecond() * 1_000_000_000L + now.getNano();
  }
}
