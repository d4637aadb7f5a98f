package io.nexusgraph.ingest.normalize;

import io.nexusgraph.ingest.ConfigException;

/**
 * How many normalised values each {@link Normalizer} keeps per kind (YAML {@code cache_entries}).
 * Real sources repeat the same people's values over and over, and the first normalisation of a
 * value is the expensive part (libphonenumber, the public-suffix list), so results are cached; the
 * bounds keep memory constant whatever the size of the input. A few MB at the defaults.
 *
 * @param email normalised emails by raw value
 * @param phone E.164 numbers by trimmed raw value
 * @param domain registrable domains by lowercased raw value
 * @param corporateDomain the company domain (or none) behind each normalised email
 */
public record CacheSizes(int email, int phone, int domain, int corporateDomain) {
  public CacheSizes {
    if (email < 1 || phone < 1 || domain < 1 || corporateDomain < 1) {
      throw new ConfigException(
          "cache_entries must all be at least 1, were email "
              + email
              + ", phone "
              + phone
              + ", domain "
              + domain
              + ", corporate_domain "
              + corporateDomain);
    }
  }
}
