package io.nexusgraph.bench.api;

import io.nexusgraph.graph.identity.IdentifierKey;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Person lookups by identifier: a start-up warm-up at the highest rate, then at each configured
 * rate an unmeasured warm-up and the measured phase. The identifiers continue through the sample
 * from phase to phase (wrapping around), so a phase does not replay the answers the previous one
 * just warmed.
 */
final class LookupLoad {

  private static final Logger LOG = LoggerFactory.getLogger(LookupLoad.class);

  private final ApiClient api;
  private final List<IdentifierKey> sample;
  private final ApiLoadSettings settings;
  private final long servicePid;
  private long next;

  LookupLoad(ApiClient api, List<IdentifierKey> sample, ApiLoadSettings settings, long servicePid) {
    this.api = api;
    this.sample = List.copyOf(sample);
    this.settings = settings;
    this.servicePid = servicePid;
  }

  List<LookupResult> run() {
    try (LoopbackHttp http = api.loopback()) {
      return run(http, new OpenLoop(settings.maxInFlight(), settings.requestTimeout()));
    }
  }

  private List<LookupResult> run(LoopbackHttp http, OpenLoop loop) {
    List<LookupResult> out = new ArrayList<>();
    if (settings.warmUpLookups() > 0) {
      int top = settings.rates().stream().mapToInt(Integer::intValue).max().orElseThrow();
      long millis = Math.ceilDiv(settings.warmUpLookups() * 1000L, top);
      LOG.info("Warming the service up: {} lookups at {}/s", settings.warmUpLookups(), top);
      phase(http, loop, top, Duration.ofMillis(millis));
    }
    for (int rate : settings.rates()) {
      if (!settings.warmUp().isZero()) {
        phase(http, loop, rate, settings.warmUp());
      }
      CpuSpent.Counter cpu = CpuSpent.start(servicePid);
      OpenLoop.Phase measured = phase(http, loop, rate, settings.measure());
      LookupResult result = measured.result(rate, settings.measure(), cpu.stop());
      LOG.info(
          "Lookups at {}/s: p50 {} ms, p99 {} ms, {} found, {} not found, {} errors",
          rate,
          result.latency().p50Ms(),
          result.latency().p99Ms(),
          result.found(),
          result.notFound(),
          result.errors());
      out.add(result);
    }
    return out;
  }

  private OpenLoop.Phase phase(LoopbackHttp http, OpenLoop loop, int rate, Duration duration) {
    long offset = next;
    OpenLoop.Phase phase =
        loop.run(
            rate,
            duration,
            (i, done) ->
                http.get(api.lookupUri(sample.get((int) ((offset + i) % sample.size()))), done));
    next += phase.sent();
    return phase;
  }
}
