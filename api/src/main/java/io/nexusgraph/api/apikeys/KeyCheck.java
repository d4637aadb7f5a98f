package io.nexusgraph.api.apikeys;

/** The answer to "may the holder of this key in?": the key, or a reason it is refused. */
public sealed interface KeyCheck {

  /** A known, unrevoked key whose secret matched. */
  record Accepted(ApiKey key) implements KeyCheck {}

  /**
   * A refused key.
   *
   * @param reason one sentence for the 401 answer; never contains the presented secret
   */
  record Refused(String reason) implements KeyCheck {}
}
