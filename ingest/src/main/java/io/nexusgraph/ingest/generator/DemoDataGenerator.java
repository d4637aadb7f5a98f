package io.nexusgraph.ingest.generator;

import io.nexusgraph.ingest.normalize.NormalizationConfig;
import io.nexusgraph.ingest.normalize.Normalizer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Random;
import java.util.TreeMap;

/**
 * Writes a deterministic demo data set: {@code segment/events.jsonl}, {@code gmail/messages.jsonl},
 * {@code calendar/events.json}, {@code stripe/events.jsonl}, {@code
 * shopify/{shops,customers,orders}.json} and {@code ground-truth.csv}. Same seed and scale, same
 * bytes.
 *
 * <p>Traps for resolution: shared inboxes ({@code team@company}, {@code support@nexora.io}) used by
 * several people, placeholder emails and phones, a family phone shared by two people, kiosk
 * anonymous ids seen with many emails, and people who change jobs (new work email, same personal
 * email and phone).
 */
public final class DemoDataGenerator {
  private final long seed;
  private final Scale scale;

  public DemoDataGenerator(long seed, Scale scale) {
    this.seed = seed;
    this.scale = scale;
  }

  public GeneratedData writeTo(Path dir) {
    Random random = new Random(seed);
    GroundTruth truth = new GroundTruth(new Normalizer(NormalizationConfig.defaults()));
    WorldBuilder world = new WorldBuilder(random, truth);
    world.build(scale);
    TreeMap<String, Long> counts = new TreeMap<>();
    try {
      counts.put("segment", new SegmentFiles(world).write(dir));
      MailFiles mail = new MailFiles(world);
      counts.put("gmail", mail.writeGmail(dir));
      counts.put("calendar", mail.writeCalendar(dir));
      BillingFiles billing = new BillingFiles(world);
      counts.put("stripe", billing.writeStripe(dir));
      counts.put("shopify", billing.writeShopify(dir));
      truth.write(dir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write demo data to " + dir, e);
    }
    return new GeneratedData(dir, counts, dir.resolve(GroundTruth.FILE));
  }
}
