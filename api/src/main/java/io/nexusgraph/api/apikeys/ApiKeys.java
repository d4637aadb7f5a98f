package io.nexusgraph.api.apikeys;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates, lists, revokes and checks API keys. The plain key exists only in the {@link
 * CreatedApiKey} returned by {@link #create}; the database keeps its SHA-256 (see {@link KeyFormat}
 * for why that is enough). Key rows are kept for {@code nexus.api-keys.cache-ttl} (see {@link
 * KeyRowCache}): a revocation through this service takes effect on the next request, one by another
 * process within that time.
 */
@Singleton
public final class ApiKeys {

  public static final int MAX_NAME_LENGTH = 200;

  private static final Logger LOG = LoggerFactory.getLogger(ApiKeys.class);
  private static final KeyCheck MALFORMED =
      new KeyCheck.Refused(
          "The API key is malformed: Nexus Graph keys look like nxk_<key_id>_<secret>.");

  private final ApiKeyRepository repository;
  private final Clock clock;
  private final KeyRowCache<KeptKey> rows;
  private final SecureRandom random = new SecureRandom();

  ApiKeys(
      ApiKeyRepository repository,
      Clock clock,
      @Value("${nexus.api-keys.cache-ttl}") Duration cacheTtl) {
    this.repository = repository;
    this.clock = clock;
    this.rows = new KeyRowCache<>(cacheTtl, clock);
  }

  /**
   * Creates a key with these scopes and returns it with its plain text, which is never shown again.
   *
   * @throws IllegalArgumentException for a blank or over-long name or no scopes
   */
  public CreatedApiKey create(String name, Set<Scope> scopes) {
    if (name == null || name.isBlank() || name.strip().length() > MAX_NAME_LENGTH) {
      throw new IllegalArgumentException(
          "an API key needs a name of 1 to " + MAX_NAME_LENGTH + " characters");
    }
    if (scopes.isEmpty()) {
      throw new IllegalArgumentException("an API key needs at least one scope: " + Scope.names());
    }
    String keyId = KeyFormat.newKeyId(random);
    String key = KeyFormat.newKey(keyId, random);
    String[] scopeNames =
        scopes.stream().sorted(Comparator.naturalOrder()).map(Scope::value).toArray(String[]::new);
    ApiKeyRow row =
        new ApiKeyRow(
            keyId,
            name.strip(),
            KeyFormat.hash(key),
            scopeNames,
            clock.instant().truncatedTo(ChronoUnit.MICROS),
            null);
    repository.save(row);
    LOG.info("Created API key {} with scopes {}", keyId, String.join(",", scopeNames));
    return new CreatedApiKey(ApiKey.of(row), key);
  }

  /** Every key, revoked ones included, oldest first. */
  public List<ApiKey> list() {
    return repository.listAll().stream().map(ApiKey::of).toList();
  }

  /**
   * Revokes a key; revoking a revoked key keeps its first revocation time.
   *
   * @return the key as it now is, or empty when no key has this id
   */
  public Optional<ApiKey> revoke(String keyId) {
    if (repository.revoke(keyId, clock.instant().truncatedTo(ChronoUnit.MICROS)) > 0) {
      LOG.info("Revoked API key {}", keyId);
    }
    rows.invalidate(keyId);
    return repository.findById(keyId).map(ApiKey::of);
  }

  /** Whether {@code presented} is a valid key, and whose. Never logs the presented text. */
  public KeyCheck check(String presented) {
    String keyId = KeyFormat.keyIdOf(presented);
    if (keyId == null) {
      return MALFORMED;
    }
    return verdict(
        presented, keyId, rows.row(keyId, id -> repository.findById(id).map(KeptKey::of)));
  }

  /**
   * {@link #check} when it needs no database read (a malformed key, or one whose row is kept), so
   * it can run on the request's own thread; empty when the row must be read.
   */
  public Optional<KeyCheck> checkKept(String presented) {
    String keyId = KeyFormat.keyIdOf(presented);
    if (keyId == null) {
      return Optional.of(MALFORMED);
    }
    return rows.kept(keyId).map(row -> verdict(presented, keyId, Optional.of(row)));
  }

  private static KeyCheck verdict(String presented, String keyId, Optional<KeptKey> kept) {
    if (kept.isEmpty() || !KeyFormat.matches(presented, kept.get().keyHash())) {
      return new KeyCheck.Refused("The API key is not recognised.");
    }
    ApiKey key = kept.get().key();
    if (key.revoked()) {
      return new KeyCheck.Refused(
          "The API key " + keyId + " was revoked at " + key.revokedAt() + ".");
    }
    return new KeyCheck.Accepted(key);
  }

  /** What is kept of a key's row: its hash, and the key as requests see it, made once. */
  private record KeptKey(ApiKey key, String keyHash) {
    static KeptKey of(ApiKeyRow row) {
      return new KeptKey(ApiKey.of(row), row.keyHash());
    }
  }
}
