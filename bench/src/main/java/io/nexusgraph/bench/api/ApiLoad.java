package io.nexusgraph.bench.api;

import io.nexusgraph.bench.quality.Truth;
import io.nexusgraph.graph.identity.IdentifierKey;
import java.util.List;

/**
 * The API load on a running service: person lookups at fixed rates (open loop), then event batches.
 * Runs in this JVM on loopback, so the client competes with the service for the same cores.
 */
public final class ApiLoad {

  private final ApiLoadSettings settings;

  public ApiLoad(ApiLoadSettings settings) {
    this.settings = settings;
  }

  /**
   * Drives the service behind {@code api} (the JVM {@code servicePid}); identifiers come from the
   * persons' ground truth.
   */
  public Result run(ApiClient api, Truth persons, long servicePid) {
    List<IdentifierKey> sample = LookupSample.of(persons, settings.seed());
    LookupLoad.Outcome lookups = new LookupLoad(api, sample, settings, servicePid).run();
    List<IngestResult> ingest =
        new EventIngest(api, LookupSample.emails(sample), settings, servicePid).run();
    return new Result(settings, sample.size(), lookups.warmUp(), lookups.phases(), ingest);
  }

  /**
   * What the load measured.
   *
   * @param identifiers distinct identifiers the lookups cycle through
   * @param warmUp the unmeasured lookups before the first rate
   */
  public record Result(
      ApiLoadSettings settings,
      int identifiers,
      WarmUp warmUp,
      List<LookupResult> lookups,
      List<IngestResult> ingest) {
    public Result {
      lookups = List.copyOf(lookups);
      ingest = List.copyOf(ingest);
    }
  }
}
