package io.nexusgraph.ingest.gmail;

import java.util.ArrayList;
import java.util.List;

/** One mailbox of an address header: display name (may be null) and address. */
record Address(String name, String email) {

  /**
   * Splits an RFC 5322 address list ({@code "Smith, Al" <al@x.com>, bob@y.com}) on commas outside
   * quotes, comments and angle brackets. Group syntax ({@code team: a@x.com;}) is flattened.
   * Display names are RFC 2047-decoded after splitting (an encoded-word holds no literal comma),
   * also inside quotes, where mailers put them although the RFC says not to.
   */
  static List<Address> parseList(String header) {
    List<Address> out = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    boolean quoted = false;
    int angle = 0;
    int comment = 0;
    for (int i = 0; i < header.length(); i++) {
      char c = header.charAt(i);
      if (c == '\\' && quoted && i + 1 < header.length()) {
        current.append(header.charAt(++i));
        continue;
      }
      if (c == '"' && comment == 0) {
        quoted = !quoted;
      } else if (!quoted && c == '(') {
        comment++;
      } else if (!quoted && c == ')' && comment > 0) {
        comment--;
      } else if (!quoted && comment == 0 && c == '<') {
        angle++;
      } else if (!quoted && comment == 0 && c == '>' && angle > 0) {
        angle--;
      } else if (!quoted && comment == 0 && angle == 0 && (c == ',' || c == ';')) {
        add(out, current.toString());
        current.setLength(0);
        continue;
      } else if (!quoted && comment == 0 && angle == 0 && c == ':' && current.indexOf("@") < 0) {
        current.setLength(0);
        continue;
      }
      current.append(c);
    }
    add(out, current.toString());
    return out;
  }

  private static void add(List<Address> out, String part) {
    String p = part.strip();
    if (p.isEmpty()) {
      return;
    }
    int lt = p.lastIndexOf('<');
    int gt = p.lastIndexOf('>');
    if (lt >= 0 && gt > lt) {
      String name = EncodedWords.decode(unquote(p.substring(0, lt).strip())).strip();
      out.add(new Address(name.isEmpty() ? null : name, p.substring(lt + 1, gt).strip()));
    } else {
      out.add(new Address(null, stripComments(p)));
    }
  }

  private static String unquote(String s) {
    String v =
        s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")
            ? s.substring(1, s.length() - 1)
            : s;
    return v.replace("\\\"", "\"").strip();
  }

  private static String stripComments(String s) {
    return s.replaceAll("\\([^)]*\\)", "").strip();
  }
}
