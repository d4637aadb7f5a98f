package io.nexusgraph.bench.api;

/**
 * One measured series of {@code POST /v1/events}: batches of new events, {@code inFlight} of them
 * posted at a time.
 *
 * @param inFlight client threads posting, each its next batch as soon as its last is answered
 * @param events events sent (batches × batch size)
 * @param accepted events the service accepted (sum of the answers' {@code accepted})
 * @param rejected events the service rejected
 * @param expectedRejected events planted without {@code occurred_at}
 * @param httpErrors batches not answered 200 (their events are in neither count)
 * @param seconds from sending the first body to reading the last answer (building the JSON not
 *     included)
 * @param eventsPerSecond (accepted + rejected) / seconds
 * @param batchLatency per batch, from sending its body to reading its answer
 * @param reconciles accepted + rejected = events, rejected = expectedRejected, no HTTP errors
 * @param cpu CPU time of the service and of the client during the series
 */
public record IngestResult(
    int batchSize,
    int inFlight,
    int batches,
    long events,
    long accepted,
    long rejected,
    long expectedRejected,
    long httpErrors,
    double seconds,
    double eventsPerSecond,
    LatencySummary batchLatency,
    boolean reconciles,
    CpuSpent cpu) {

  static IngestResult of(
      int batchSize,
      int inFlight,
      int batches,
      long accepted,
      long rejected,
      long expectedRejected,
      long httpErrors,
      long nanos,
      LatencySummary batchLatency,
      CpuSpent cpu) {
    long events = (long) batchSize * batches;
    return new IngestResult(
        batchSize,
        inFlight,
        batches,
        events,
        accepted,
        rejected,
        expectedRejected,
        httpErrors,
        nanos / 1e9,
        LatencySummary.perSecond(accepted + rejected, nanos),
        batchLatency,
        httpErrors == 0 && accepted + rejected == events && rejected == expectedRejected,
        cpu);
  }
}
