package io.nexusgraph.bench.api;

/**
 * The unmeasured start of the lookups: the warm-up lookups, then settling rounds until the
 * service's JIT compiler threads go quiet (see {@link ApiLoadSettings#warmUpSettle()}).
 *
 * @param lookups lookups sent, all rounds together
 * @param seconds scheduled seconds, all rounds together
 * @param lastJitShare the compiler threads' share of one core in the last settling round; -1 when
 *     no settling round ran
 * @param settled whether that share fell under {@link ApiLoadSettings#SETTLED_JIT_SHARE} (true when
 *     no settling was asked for)
 */
public record WarmUp(long lookups, double seconds, double lastJitShare, boolean settled) {

  /** Whether a round whose compiler threads used {@code jitShare} of a core counts as settled. */
  static boolean settledAt(double jitShare) {
    return jitShare < ApiLoadSettings.SETTLED_JIT_SHARE;
  }
}
