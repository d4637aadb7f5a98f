package io.nexusgraph.ingest.normalize;

import java.util.regex.Pattern;

/**
 * A blocked-value regex for one identifier type ({@code *} for all). Phone patterns see the digits
 * of the raw value (with a leading {@code +}), other types the normalised value.
 */
public record BlockedPattern(String identifierType, Pattern regex) {
  boolean appliesTo(String type) {
    return identifierType.equals("*") || identifierType.equals(type);
  }
}
