package io.nexusgraph.api.apikeys;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface ApiKeyRepository extends GenericRepository<ApiKeyRow, String> {

  ApiKeyRow save(ApiKeyRow row);

  Optional<ApiKeyRow> findById(String keyId);

  @Query("SELECT * FROM api_keys ORDER BY created_at, key_id")
  List<ApiKeyRow> listAll();

  /** Sets revoked_at unless the key is already revoked; the number of rows changed. */
  @Query("UPDATE api_keys SET revoked_at = :revokedAt WHERE key_id = :keyId AND revoked_at IS NULL")
  long revoke(String keyId, Instant revokedAt);
}
