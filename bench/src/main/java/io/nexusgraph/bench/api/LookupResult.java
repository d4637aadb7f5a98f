package io.nexusgraph.bench.api;

/**
 * One measured lookup phase at a fixed arrival rate.
 *
 * @param targetRate requests per second the generator scheduled
 * @param sent requests sent (rate × seconds)
 * @param found answers 2xx (a person)
 * @param notFound answers 404 (no person has the identifier)
 * @param errors any other status, a timeout or a failed connection
 * @param achievedPerSecond answers per second from the first due time to the last answer
 * @param latency from each request's scheduled time to its answer, errors included
 * @param cpu CPU time of the service and of the client during the phase
 */
public record LookupResult(
    int targetRate,
    double seconds,
    long sent,
    long found,
    long notFound,
    long errors,
    double achievedPerSecond,
    LatencySummary latency,
    CpuSpent cpu) {}
