package org.marigold.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * HAProxy (Debian's package) in front of two instances, run with the configuration the repository ships
 * (deploy/haproxy.cfg), in the foreground so the test owns the process. Listens on loopback only.
 */
public final class LoadBalancer implements AutoCloseable {

    public static final String HAPROXY = "/usr/sbin/haproxy";
    /** The cookie deploy/haproxy.cfg pins a browser to an instance with ("a" or "b"). */
    public static final String INSTANCE_COOKIE = "MARIGOLD_INSTANCE";

    private final Process process;
    private final int port;

    private LoadBalancer(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    public static boolean installed() {
        return new File(HAPROXY).canExecute();
    }

    public static LoadBalancer start(int portA, int portB, Path log) {
        int port = PayaraProcess.freeLoopbackPort();
        ProcessBuilder builder = new ProcessBuilder(List.of(HAPROXY, "-db", "-f", new File("deploy/haproxy.cfg").getAbsolutePath()))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().put("MARIGOLD_LB_PORT", Integer.toString(port));
        builder.environment().put("MARIGOLD_PORT_A", Integer.toString(portA));
        builder.environment().put("MARIGOLD_PORT_B", Integer.toString(portB));
        try {
            LoadBalancer balancer = new LoadBalancer(builder.start(), port);
            balancer.awaitListening(log);
            return balancer;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void awaitListening(Path log) throws IOException {
        Instant giveUp = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(giveUp)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("HAProxy exited with " + process.exitValue() + ": " + Files.readString(log));
            }
            try (Socket probe = new Socket("127.0.0.1", port)) {
                return;
            } catch (IOException notYet) {
                try {
                    process.waitFor(100, TimeUnit.MILLISECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
        }
        throw new IllegalStateException("HAProxy did not listen on " + port + ": " + Files.readString(log));
    }

    public URI uri() {
        return URI.create("http://127.0.0.1:" + port + "/");
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
