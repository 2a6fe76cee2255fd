package org.marigold.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.marigold.support.PayaraProcess;

/**
 * The servers' CPU time (from /proc, summed over the instances) and heap in use (MicroProfile Metrics'
 * memory_usedHeap_bytes, sampled every second, the highest seen on any instance) over a run.
 */
final class Sampler {

    private static final Pattern USED_HEAP = Pattern.compile("(?m)^memory_usedHeap_bytes\\{[^}]*\\}\\s+(\\S+)");
    /** Linux reports CPU time in clock ticks of 1/100 s (USER_HZ) on every architecture Debian runs on. */
    private static final double TICKS_PER_SECOND = 100.0;

    private final List<PayaraProcess> servers;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ScheduledExecutorService every = Executors.newSingleThreadScheduledExecutor();
    private volatile long peakHeap;
    private double cpuAtStart;
    private double cpuAtEnd;
    private double machineAtStart;
    private double machineAtEnd;

    Sampler(List<PayaraProcess> servers) {
        this.servers = servers;
    }

    void start() {
        cpuAtStart = cpuSeconds();
        machineAtStart = machineBusySeconds();
        every.scheduleAtFixedRate(this::sampleHeap, 0, 1, TimeUnit.SECONDS);
    }

    void stop() {
        cpuAtEnd = cpuSeconds();
        machineAtEnd = machineBusySeconds();
        every.shutdownNow();
        sampleHeap();
    }

    /** Cores busy on average (CPU seconds of all instances over the wall-clock seconds). */
    double cores(double seconds) {
        return (cpuAtEnd - cpuAtStart) / seconds;
    }

    /**
     * Cores of the whole machine busy on average: the servers, PostgreSQL, HAProxy and the load generator itself, which
     * all share the two cores (how near the machine was to full).
     */
    double machineCores(double seconds) {
        return (machineAtEnd - machineAtStart) / seconds;
    }

    /** CPU seconds the machine spent busy since it booted (/proc/stat: all but idle and I/O wait). */
    private static double machineBusySeconds() {
        try {
            String[] cpu = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long busy = 0;
            for (int i = 1; i < cpu.length && i <= 8; i++) {
                if (i != 4 && i != 5) { // idle, iowait
                    busy += Long.parseLong(cpu[i]);
                }
            }
            return busy / TICKS_PER_SECOND;
        } catch (IOException | RuntimeException unreadable) {
            return Double.NaN;
        }
    }

    long peakHeapMb() {
        return peakHeap / (1024 * 1024);
    }

    /** The heap still in use once a full collection has run on every instance (what the open meeting holds), in MB. */
    long liveHeapMb() throws IOException, InterruptedException {
        long live = 0;
        for (PayaraProcess server : servers) {
            Process gc = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                    Long.toString(server.pid()), "GC.run").redirectErrorStream(true).start();
            gc.getInputStream().readAllBytes();
            gc.waitFor();
            try {
                HttpResponse<String> metrics = http.send(HttpRequest.newBuilder(URI.create(server.url() + "metrics?scope=base"))
                        .timeout(Duration.ofSeconds(60)).GET().build(), HttpResponse.BodyHandlers.ofString());
                Matcher used = USED_HEAP.matcher(metrics.body());
                if (used.find()) {
                    live += (long) Double.parseDouble(used.group(1));
                }
            } catch (IOException overloaded) {
                return -1; // the server did not answer in a minute: reported as unknown
            }
        }
        return live / (1024 * 1024);
    }

    private void sampleHeap() {
        for (PayaraProcess server : servers) {
            try {
                HttpResponse<String> metrics = http.send(HttpRequest.newBuilder(URI.create(server.url() + "metrics?scope=base"))
                        .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.ofString());
                Matcher used = USED_HEAP.matcher(metrics.body());
                if (used.find()) {
                    peakHeap = Math.max(peakHeap, (long) Double.parseDouble(used.group(1)));
                }
            } catch (IOException e) {
                // A sample lost under load; the next one counts.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private double cpuSeconds() {
        double total = 0;
        for (PayaraProcess server : servers) {
            try {
                String stat = Files.readString(Path.of("/proc", Long.toString(server.pid()), "stat"));
                String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                total += (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / TICKS_PER_SECOND;
            } catch (IOException e) {
                throw new IllegalStateException("Cannot read the CPU time of " + server.pid(), e);
            }
        }
        return total;
    }
}
