package org.marigold.benchmark;

import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

/** Latencies gathered from many threads, and the errors beside them; read as percentiles once the run is over. */
final class Latencies {

    private final ConcurrentLinkedQueue<Double> millis = new ConcurrentLinkedQueue<>();
    private final AtomicLong errors = new AtomicLong();

    void add(long nanos) {
        millis.add(nanos / 1_000_000.0);
    }

    /** Forgets what was gathered so far (the warm-up before a measured window). */
    void clear() {
        millis.clear();
        errors.set(0);
    }

    /** What was gathered until now, kept apart from what comes later (a run's requests still failing as it shuts down). */
    Latencies snapshot() {
        Latencies copy = new Latencies();
        copy.millis.addAll(millis);
        copy.errors.set(errors.get());
        return copy;
    }

    void error() {
        errors.incrementAndGet();
    }

    long errors() {
        return errors.get();
    }

    int count() {
        return millis.size();
    }

    /** The value below which this share of the samples fall (nearest rank), or NaN without samples. */
    double percentile(int percent) {
        double[] sorted = millis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return percentile(sorted, percent);
    }

    static double percentile(double[] sorted, int percent) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        return sorted[Math.min(sorted.length - 1, Math.max(0, (int) Math.ceil(percent / 100.0 * sorted.length) - 1))];
    }

    String summary() {
        return String.format(Locale.ROOT, "%d samples, p50 %.0f ms, p95 %.0f ms, p99 %.0f ms, %d errors",
                count(), percentile(50), percentile(95), percentile(99), errors());
    }

    @Override
    public String toString() {
        return Arrays.toString(new double[] {percentile(50), percentile(95), percentile(99)});
    }
}
