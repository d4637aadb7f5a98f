package io.nexusgraph.api.apikeys;

/**
 * A key just created: the only moment its plain text exists outside the caller's hands. Show it
 * once; only its hash is stored. {@link #toString()} leaves the secret out, so logging this record
 * by mistake does not leak it.
 *
 * @param plainKey {@code nxk_<key_id>_<secret>}, to send as {@code X-API-Key} or bearer token
 */
public record CreatedApiKey(ApiKey key, String plainKey) {

  @Override
  public String toString() {
    return "CreatedApiKey[key=" + key + ", plainKey=<not shown>]";
  }
}
