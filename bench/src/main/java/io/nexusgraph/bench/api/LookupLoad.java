package io.nexusgraph.bench.api;

import io.nexusgraph.graph.identity.IdentifierKey;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Person lookups by identifier: a start-up warm-up at the highest rate (until the JIT settles,
 * within limits), then at each configured rate an unmeasured warm-up and the measured phase. The
 * identifiers continue through the sample from phase to phase (wrapping around), so a phase does
 * not replay the answers the previous one just warmed.
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

  /** The warm-up and the measured phases. */
  record Outcome(WarmUp warmUp, List<LookupResult> phases) {}

  Outcome run() {
    try (LoopbackHttp http = api.loopback()) {
      OpenLoop loop = new OpenLoop(settings.maxInFlight(), settings.requestTimeout());
      WarmUp warmUp = warmUp(http, loop);
      return new Outcome(warmUp, measure(http, loop));
    }
  }

  private WarmUp warmUp(LoopbackHttp http, OpenLoop loop) {
    int top = settings.rates().stream().mapToInt(Integer::intValue).max().orElseThrow();
    long sent = 0;
    double seconds = 0;
    if (settings.warmUpLookups() > 0) {
      long millis = Math.ceilDiv(settings.warmUpLookups() * 1000L, top);
      LOG.info("Warming the service up: {} lookups at {}/s", settings.warmUpLookups(), top);
      sent += phase(http, loop, top, Duration.ofMillis(millis)).sent();
      seconds += millis / 1000.0;
    }
    double share = -1;
    boolean settled = settings.warmUpSettle().isZero();
    Duration left = settings.warmUpSettle();
    while (!settled && left.isPositive()) {
      Duration round =
          left.compareTo(ApiLoadSettings.SETTLE_ROUND) < 0 ? left : ApiLoadSettings.SETTLE_ROUND;
      CpuSpent.Counter cpu = CpuSpent.start(servicePid);
      sent += phase(http, loop, top, round).sent();
      share = cpu.stop().serviceJitSeconds() / (round.toMillis() / 1000.0);
      seconds += round.toMillis() / 1000.0;
      left = left.minus(round);
      settled = WarmUp.settledAt(share);
      LOG.info(
          "Warm-up round at {}/s: the service's JIT compiler threads used {} % of a core",
          top, Math.round(share * 100));
    }
    return new WarmUp(sent, seconds, share, settled);
  }

  private List<LookupResult> measure(LoopbackHttp http, OpenLoop loop) {
    List<LookupResult> out = new ArrayList<>();
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
