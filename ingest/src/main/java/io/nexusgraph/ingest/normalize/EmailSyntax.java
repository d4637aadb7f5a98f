package io.nexusgraph.ingest.normalize;

/**
 * A pragmatic address check (lower-cased input): dot-atom local part without leading, trailing or
 * doubled dots; a domain of letter/digit/hyphen labels with an alphabetic TLD of two or more
 * letters. Quoted local parts and IP-literal domains are rejected on purpose: they do not occur in
 * real customer data.
 */
final class EmailSyntax {
  private static final String LOCAL_SPECIALS = "!#$%&'*+/=?^_`{|}~.-";

  private EmailSyntax() {}

  static boolean valid(String v, int at) {
    if (at > 64 || v.charAt(0) == '.' || v.charAt(at - 1) == '.') {
      return false;
    }
    for (int i = 0; i < at; i++) {
      char c = v.charAt(i);
      boolean ok = c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || LOCAL_SPECIALS.indexOf(c) >= 0;
      if (!ok || c == '.' && v.charAt(i + 1) == '.') {
        return false;
      }
    }
    int labelStart = at + 1;
    int labels = 0;
    for (int i = at + 1; i <= v.length(); i++) {
      if (i == v.length() || v.charAt(i) == '.') {
        if (i == labelStart || v.charAt(labelStart) == '-' || v.charAt(i - 1) == '-') {
          return false;
        }
        labels++;
        if (i == v.length()) {
          return labels >= 2 && alphaTld(v, labelStart);
        }
        labelStart = i + 1;
      } else {
        char c = v.charAt(i);
        if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-')) {
          return false;
        }
      }
    }
    return false;
  }

  private static boolean alphaTld(String v, int from) {
    if (v.length() - from < 2) {
      return false;
    }
    for (int i = from; i < v.length(); i++) {
      char c = v.charAt(i);
      if (c < 'a' || c > 'z') {
        return false;
      }
    }
    return true;
  }
}
