package io.nexusgraph.api.lookup;

/**
 * The executor the read endpoints that answer one row per request run on: a pool of platform
 * threads ({@code micronaut.executors.lookups} in application.yml), not the virtual threads of
 * Micronaut's {@code blocking} executor.
 *
 * <p>Why: a lookup is a sub-millisecond PostgreSQL read, and on a virtual thread the request paid
 * for the thread itself and for Jackson's buffers (its per-thread buffer recycler never reuses a
 * buffer on a thread that lives for one request, so every answer allocated 12 KB afresh). On this
 * pool the threads and their buffers are reused. Measured on the 2-core machine at 500 lookups/s:
 * docs/benchmarks.md, "Person lookups, the tail". Like the virtual threads, the pool grows with the
 * requests waiting for a database connection, so an exhausted connection pool still answers 503
 * after {@code nexus.jdbc.connection-wait-ms} instead of queueing requests behind a fixed pool.
 */
public final class LookupThreads {

  /** The name of the executor, for {@code @ExecuteOn}. */
  public static final String EXECUTOR = "lookups";

  private LookupThreads() {}
}
