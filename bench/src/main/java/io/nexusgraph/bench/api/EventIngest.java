package io.nexusgraph.bench.api;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.HdrHistogram.Histogram;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Event ingest through {@code POST /v1/events}: per batch size one unmeasured warm-up batch, then
 * {@code eventsPerSize / batchSize} batches back to back from one client. Bodies are built before
 * the clock starts; each batch is timed from sending to reading the answer.
 */
final class EventIngest {

  private static final Logger LOG = LoggerFactory.getLogger(EventIngest.class);
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final ApiClient api;
  private final List<String> emails;
  private final ApiLoadSettings settings;
  private final long servicePid;

  EventIngest(ApiClient api, List<String> emails, ApiLoadSettings settings, long servicePid) {
    this.api = api;
    this.emails = List.copyOf(emails);
    this.settings = settings;
    this.servicePid = servicePid;
  }

  List<IngestResult> run() {
    List<IngestResult> out = new ArrayList<>();
    for (int size : settings.batchSizes()) {
      EventBatches warmUp = new EventBatches("warmup" + size, emails, settings.rejectEvery());
      api.send(api.events(warmUp.batch(0, size)));
      IngestResult result = series(size);
      LOG.info(
          "Events in batches of {}: {} events/s, {} accepted, {} rejected (reconciled: {})",
          size,
          Math.round(result.eventsPerSecond()),
          result.accepted(),
          result.rejected(),
          result.reconciles());
      out.add(result);
    }
    return out;
  }

  private IngestResult series(int size) {
    EventBatches events = new EventBatches("batch" + size, emails, settings.rejectEvery());
    int batches = settings.eventsPerSize() / size;
    Histogram micros = LatencySummary.histogram();
    long accepted = 0;
    long rejected = 0;
    long expectedRejected = 0;
    long httpErrors = 0;
    long nanos = 0;
    CpuSpent.Counter cpu = CpuSpent.start(servicePid);
    for (int b = 0; b < batches; b++) {
      long first = (long) b * size;
      HttpRequest request = api.events(events.batch(first, size));
      expectedRejected += events.rejectsIn(first, size);
      long start = System.nanoTime();
      HttpResponse<String> response = api.send(request);
      long took = System.nanoTime() - start;
      nanos += took;
      LatencySummary.record(micros, took);
      if (response.statusCode() != 200) {
        httpErrors++;
        continue;
      }
      JsonNode answer = JSON.readTree(response.body());
      accepted += answer.path("accepted").asLong();
      rejected += answer.path("rejected").asLong();
    }
    return IngestResult.of(
        size,
        batches,
        accepted,
        rejected,
        expectedRejected,
        httpErrors,
        nanos,
        LatencySummary.of(micros),
        cpu.stop());
  }
}
