package io.nexusgraph.ingest.gmail;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EncodedWordsTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // plain text and no words: unchanged
        "Renewal quote|Renewal quote",
        "=?UTF-8?B?SsO8cmdlbiBNw7xsbGVy?=|Jürgen Müller",
        "=?ISO-8859-1?Q?Andr=E9?= Pirard|André Pirard",
        // RFC 2047 §8 examples: space between adjacent words goes, other text stays
        "(=?ISO-8859-1?Q?a?=)|(a)",
        "(=?ISO-8859-1?Q?a?= b)|(a b)",
        "(=?ISO-8859-1?Q?a?= =?ISO-8859-1?Q?b?=)|(ab)",
        "(=?ISO-8859-1?Q?a?=    =?ISO-8859-1?Q?b?=)|(ab)",
        "(=?ISO-8859-1?Q?a_b?=)|(a b)",
        "(=?ISO-8859-1?Q?a?= =?ISO-8859-2?Q?_b?=)|(a b)",
        // lower-case encoding letter, RFC 2231 language, missing base64 padding
        "=?utf-8?b?Wm/Dqw?=|Zoë",
        "=?UTF-8*en?Q?Hello?=|Hello",
        // windows-1252 is what many 'iso-8859-1' mailers really send
        "=?windows-1252?Q?=80_5?=|€ 5",
        // broken words are kept as written
        "=?UTF-8?X?abc?=|=?UTF-8?X?abc?=",
        "=?UTF-8?Q?=ZZ?=|=?UTF-8?Q?=ZZ?=",
        "=?UTF-8?B?not base64?=|=?UTF-8?B?not base64?=",
        "=?no-such-charset?Q?x?=|=?no-such-charset?Q?x?=",
        "a =? b ?= c|a =? b ?= c",
        "=?UTF-8?Q?unterminated|=?UTF-8?Q?unterminated",
        // bytes invalid in their charset become U+FFFD
        "=?UTF-8?Q?=FF?=|\uFFFD"
      })
  void decodesHeaderValues(String header, String expected) {
    assertThat(EncodedWords.decode(header)).isEqualTo(expected);
  }
}
