package org.ordo.bench;

import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * Runs {@code n} requests on a fixed pool of {@code threads} clients and measures them: wall time for
 * the whole phase, and each request's latency (around the HTTP exchange only).
 */
final class Phase {
    private static final int SHOWN_FAILURES = 5;

    /** The measurements of one finished phase. */
    record Stats(String name, int n, long wallNanos, long[] latencyNanos, int failures) {
        String line() {
            long[] sorted = latencyNanos.clone();
            Arrays.sort(sorted);
            double seconds = wallNanos / 1e9;
            return String.format(Locale.ROOT, "phase=%s n=%d seconds=%.2f ops_per_s=%.1f p50_ms=%.2f p99_ms=%.2f",
                    name, n, seconds, seconds > 0 ? n / seconds : 0.0,
                    percentile(sorted, 0.50) / 1e6, percentile(sorted, 0.99) / 1e6);
        }

        double opsPerSecond() {
            return wallNanos > 0 ? n / (wallNanos / 1e9) : 0.0;
        }

        /** Nearest-rank percentile of sorted values. */
        private static double percentile(long[] sorted, double p) {
            if (sorted.length == 0) {
                return 0;
            }
            int rank = (int) Math.ceil(p * sorted.length);
            return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
        }
    }

    private final String name;
    private final int threads;
    private final int expectedStatus;

    Phase(String name, int threads, int expectedStatus) {
        this.name = name;
        this.threads = threads;
        this.expectedStatus = expectedStatus;
    }

    /**
     * Runs request {@code i} for i in [0, n): each worker thread takes the next index until none is left.
     * A response with another status than the expected one is a failure: counted, the first few printed
     * on stderr, and the phase goes on.
     */
    Stats run(int n, IntFunction<Http.Response> request) {
        long[] latencies = new long[n];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger failures = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        try {
            Future<?>[] workers = new Future<?>[threads];
            for (int t = 0; t < threads; t++) {
                workers[t] = pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
                        Http.Response response;
                        try {
                            response = request.apply(i);
                        } catch (RuntimeException e) {
                            response = new Http.Response(-1, e.toString(), 0);
                        }
                        latencies[i] = response.nanos();
                        if (response.status() != expectedStatus) {
                            int failure = failures.incrementAndGet();
                            if (failure <= SHOWN_FAILURES) {
                                System.err.printf("phase=%s failure #%d: HTTP %d %s%n", name, failure,
                                        response.status(), Bench.abbreviate(response.body()));
                            }
                        }
                    }
                });
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
        } catch (Exception e) {
            throw new IllegalStateException("phase " + name + " broke down", e);
        } finally {
            pool.shutdownNow();
        }
        long wall = System.nanoTime() - start;
        Stats stats = new Stats(name, n, wall, latencies, failures.get());
        if (stats.failures() > 0) {
            System.err.printf("phase=%s failures=%d of %d%n", name, stats.failures(), n);
        }
        return stats;
    }
}
