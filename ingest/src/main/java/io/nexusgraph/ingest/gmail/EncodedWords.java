package io.nexusgraph.ingest.gmail;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Base64;

/**
 * Decodes RFC 2047 encoded-words ({@code =?UTF-8?B?...?=}, {@code =?ISO-8859-1?Q?...?=}) in a
 * header value, as the Gmail API returns headers undecoded. Whitespace between two adjacent
 * encoded-words is dropped (RFC 2047 §6.2), and the bytes of adjacent words in one charset are
 * decoded together, so a multi-byte character split across two words (which some mailers produce)
 * survives. A word with an unknown charset or broken encoding is kept as written; bytes that are
 * invalid in their charset become U+FFFD. The optional RFC 2231 language ({@code
 * =?UTF-8*en?Q?..?=}) is ignored. Written here rather than taken from Jakarta Mail or mime4j: it
 * needs only the JDK's Base64 and charsets, and those libraries would bring over a megabyte of MIME
 * machinery (and Jakarta Mail's system-property-driven decoding rules) for this one function.
 */
final class EncodedWords {
  private EncodedWords() {}

  static String decode(String header) {
    if (header == null || !header.contains("=?")) {
      return header;
    }
    StringBuilder out = new StringBuilder(header.length());
    Run run = new Run(out);
    int at = 0;
    boolean afterWord = false;
    while (at < header.length()) {
      int start = header.indexOf("=?", at);
      Word word = start < 0 ? null : Word.at(header, start);
      int literalEnd = start < 0 ? header.length() : word == null ? start + 2 : start;
      boolean foldedSpace = word != null && afterWord && header.substring(at, start).isBlank();
      if (!foldedSpace && literalEnd > at) {
        run.flush();
        out.append(header, at, literalEnd);
      }
      if (word == null) {
        at = literalEnd;
        afterWord = false;
      } else {
        run.add(word);
        at = word.end();
        afterWord = true;
      }
    }
    run.flush();
    return out.toString();
  }

  /** One decoded encoded-word: its charset, its bytes, and where it ends in the header. */
  private record Word(Charset charset, byte[] bytes, int end) {

    /** The encoded-word starting at {@code start}, or null when there is none or it is broken. */
    static Word at(String h, int start) {
      int q1 = h.indexOf('?', start + 2);
      if (q1 < 0 || q1 + 3 >= h.length() || h.charAt(q1 + 2) != '?') {
        return null;
      }
      int close = h.indexOf("?=", q1 + 3);
      if (close < 0) {
        return null;
      }
      String text = h.substring(q1 + 3, close);
      String charsetName = h.substring(start + 2, q1);
      int star = charsetName.indexOf('*');
      if (star >= 0) {
        charsetName = charsetName.substring(0, star);
      }
      if (text.chars().anyMatch(Character::isWhitespace)) {
        return null;
      }
      try {
        Charset charset = Charset.forName(charsetName);
        byte[] bytes =
            switch (h.charAt(q1 + 1)) {
              case 'B', 'b' -> base64(text);
              case 'Q', 'q' -> quoted(text);
              default -> null;
            };
        return bytes == null ? null : new Word(charset, bytes, close + 2);
      } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
        return null;
      }
    }

    private static byte[] base64(String text) {
      try {
        return Base64.getDecoder().decode(text);
      } catch (IllegalArgumentException e) {
        return null;
      }
    }

    /** The "Q" encoding: {@code _} is a space, {@code =XX} a byte in hex, the rest as is. */
    private static byte[] quoted(String text) {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length());
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (c == '_') {
          bytes.write(' ');
        } else if (c == '=') {
          int hi = i + 2 < text.length() ? Character.digit(text.charAt(i + 1), 16) : -1;
          int lo = hi < 0 ? -1 : Character.digit(text.charAt(i + 2), 16);
          if (lo < 0) {
            return null;
          }
          bytes.write(hi << 4 | lo);
          i += 2;
        } else if (c < 0x80) {
          bytes.write(c);
        } else {
          return null;
        }
      }
      return bytes.toByteArray();
    }
  }

  /** Bytes of adjacent words in one charset, decoded together when the run ends. */
  private static final class Run {
    private final StringBuilder out;
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private Charset charset;

    Run(StringBuilder out) {
      this.out = out;
    }

    void add(Word word) {
      if (charset != null && !charset.equals(word.charset())) {
        flush();
      }
      charset = word.charset();
      bytes.writeBytes(word.bytes());
    }

    void flush() {
      if (charset != null) {
        out.append(new String(bytes.toByteArray(), charset));
        bytes.reset();
        charset = null;
      }
    }
  }
}
