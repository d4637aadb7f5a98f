package io.nexusgraph.bench.api;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.HdrHistogram.Histogram;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Event ingest through {@code POST /v1/events}: per batch size one unmeasured warm-up batch, then
 * per entry of {@link #IN_FLIGHT} a series of {@code eventsPerSize / batchSize} batches of new
 * events, sent by that many client threads, each posting its next batch as soon as its last one is
 * answered. One in flight shows the cost of a batch; two keep the service busy while a client reads
 * an answer and sends the next body (what a real producer with a few threads does). All bodies of a
 * series are built before its clock starts; the series is timed from the first send to the last
 * answer.
 */
final class EventIngest {

  /** Batches in flight per series, one series each. */
  static final List<Integer> IN_FLIGHT = List.of(1, 2);

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
      for (int inFlight : IN_FLIGHT) {
        IngestResult result = series(size, inFlight);
        LOG.info(
            "Events in batches of {}, {} in flight: {} events/s, {} accepted, {} rejected"
                + " (reconciled: {})",
            size,
            inFlight,
            Math.round(result.eventsPerSecond()),
            result.accepted(),
            result.rejected(),
            result.reconciles());
        out.add(result);
      }
    }
    return out;
  }

  private IngestResult series(int size, int inFlight) {
    EventBatches events =
        new EventBatches("batch" + size + "x" + inFlight, emails, settings.rejectEvery());
    int batches = settings.eventsPerSize() / size;
    List<HttpRequest> requests = new ArrayList<>(batches);
    long expectedRejected = 0;
    for (int b = 0; b < batches; b++) {
      long first = (long) b * size;
      requests.add(api.events(events.batch(first, size)));
      expectedRejected += events.rejectsIn(first, size);
    }
    Counts counts = new Counts();
    AtomicInteger next = new AtomicInteger();
    ExecutorService clients = Executors.newFixedThreadPool(inFlight);
    CpuSpent.Counter cpu = CpuSpent.start(servicePid);
    long start = System.nanoTime();
    try {
      List<Future<?>> running = new ArrayList<>();
      for (int c = 0; c < inFlight; c++) {
        running.add(clients.submit(() -> post(requests, next, counts)));
      }
      for (Future<?> f : running) {
        f.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while posting event batches", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("posting event batches failed", e.getCause());
    } finally {
      clients.shutdownNow();
    }
    long nanos = System.nanoTime() - start;
    return IngestResult.of(
        size,
        inFlight,
        batches,
        counts.accepted,
        counts.rejected,
        expectedRejected,
        counts.httpErrors,
        nanos,
        counts.latency(),
        cpu.stop());
  }

  /** Posts the next unsent batch until none is left. */
  private void post(List<HttpRequest> requests, AtomicInteger next, Counts counts) {
    for (int b = next.getAndIncrement(); b < requests.size(); b = next.getAndIncrement()) {
      long sent = System.nanoTime();
      HttpResponse<String> response = api.send(requests.get(b));
      long took = System.nanoTime() - sent;
      if (response.statusCode() != 200) {
        counts.add(took, 0, 0, 1);
        continue;
      }
      JsonNode answer = JSON.readTree(response.body());
      counts.add(took, answer.path("accepted").asLong(), answer.path("rejected").asLong(), 0);
    }
  }

  /** What the answers of one series said, added up by the client threads. */
  private static final class Counts {
    private final Histogram micros = LatencySummary.histogram();
    private long accepted;
    private long rejected;
    private long httpErrors;

    synchronized void add(long nanos, long accepted, long rejected, long httpErrors) {
      LatencySummary.record(micros, nanos);
      this.accepted += accepted;
      this.rejected += rejected;
      this.httpErrors += httpErrors;
    }

    synchronized LatencySummary latency() {
      return LatencySummary.of(micros);
    }
  }
}
