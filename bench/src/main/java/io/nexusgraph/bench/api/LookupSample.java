package io.nexusgraph.bench.api;

import io.nexusgraph.bench.quality.Truth;
import io.nexusgraph.graph.identity.IdentifierKey;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * The identifiers the load looks up: every person identifier of the ground truth with exactly one
 * owner and no trap mark, in a shuffled order fixed by the seed. Some of them were never written to
 * the exports (the generated world knows identifiers its sources never show), so the service
 * answers those with 404: the mix of found and not found is the data's, not planted.
 */
final class LookupSample {

  private LookupSample() {}

  static List<IdentifierKey> of(Truth persons, long seed) {
    List<IdentifierKey> out = new ArrayList<>();
    persons
        .owners()
        .forEach(
            (key, owners) -> {
              if (owners.size() == 1 && !persons.traps().containsKey(key)) {
                out.add(key);
              }
            });
    if (out.isEmpty()) {
      throw new IllegalStateException(
          "the ground truth has no person identifier with one owner to look up");
    }
    Collections.sort(out);
    Collections.shuffle(out, new Random(seed));
    return List.copyOf(out);
  }

  /** The emails of the sample, in its order: who the posted events are about. */
  static List<String> emails(List<IdentifierKey> sample) {
    List<String> emails =
        sample.stream().filter(k -> k.type().equals("email")).map(IdentifierKey::value).toList();
    if (emails.isEmpty()) {
      throw new IllegalStateException("the lookup sample has no email to post events about");
    }
    return emails;
  }
}
