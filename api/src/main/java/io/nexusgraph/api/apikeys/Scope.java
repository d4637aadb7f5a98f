package io.nexusgraph.api.apikeys;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What an API key may do. Each scope implies the ones before it: {@code admin} (runs, erasure, key
 * management) implies {@code write} (events) implies {@code read}. Endpoints name the scope they
 * need with {@code @Secured("read" | "write" | "admin")}; a key carries its scopes and every
 * implied one as security roles.
 */
public enum Scope {
  READ,
  WRITE,
  ADMIN;

  /** The lower-case name used in the database, on the command line, in JSON and in @Secured. */
  public String value() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** This scope and every scope it implies. */
  public Set<Scope> withImplied() {
    return EnumSet.range(READ, this);
  }

  /** The scope named {@code value} (case-insensitive). */
  public static Scope of(String value) {
    for (Scope scope : values()) {
      if (scope.value().equalsIgnoreCase(value.strip())) {
        return scope;
      }
    }
    throw new IllegalArgumentException(
        "unknown scope '" + value + "': use " + names() + " (admin implies write implies read)");
  }

  /**
   * Role names of each scope with the ones it implies, sorted, by ordinal: computed once, as every
   * request with a key asks for them.
   */
  private static final List<SortedSet<String>> ROLES =
      Arrays.stream(values())
          .map(
              scope ->
                  Collections.unmodifiableSortedSet(
                      scope.withImplied().stream()
                          .map(Scope::value)
                          .collect(Collectors.toCollection(TreeSet::new))))
          .toList();

  /**
   * Every scope of {@code scopes} and every scope they imply, as role names (sorted, unmodifiable).
   * The implied scopes nest, so this is the roles of the highest scope.
   */
  public static Set<String> roles(Set<Scope> scopes) {
    Scope highest = null;
    for (Scope scope : scopes) {
      if (highest == null || scope.compareTo(highest) > 0) {
        highest = scope;
      }
    }
    return highest == null ? Collections.emptySortedSet() : ROLES.get(highest.ordinal());
  }

  static String names() {
    return Arrays.stream(values()).map(Scope::value).collect(Collectors.joining(", "));
  }
}
