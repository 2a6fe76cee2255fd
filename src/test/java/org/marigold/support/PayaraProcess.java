package org.marigold.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A Payara Micro started by the test itself, for what Arquillian cannot do: stopping and starting the same
 * server on the same database. Runs the packaged WAR at the root, on a free loopback port.
 */
public final class PayaraProcess implements AutoCloseable {

    private final Process process;
    private final int port;
    private final Path log;

    private PayaraProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    public static PayaraProcess start(Map<String, String> environment, Path log) {
        return start(environment, log, List.of("--nocluster"), List.of());
    }

    /**
     * One instance of a cluster on this machine only: its data grid listens on loopback at {@code gridPort} and finds
     * the other members at theirs (a TCP/IP member list; no multicast).
     */
    public static PayaraProcess startInCluster(Map<String, String> environment, Path log, String clusterName, int gridPort,
                                               List<Integer> gridPorts) {
        return startInCluster(environment, log, clusterName, gridPort, gridPorts, freePort());
    }

    /** As above, serving HTTP on this port (a load balancer knows it; an instance brought back takes it again). */
    public static PayaraProcess startInCluster(Map<String, String> environment, Path log, String clusterName, int gridPort,
                                               List<Integer> gridPorts, int httpPort) {
        return startInCluster(environment, log, clusterName, gridPort, gridPorts, httpPort, List.of());
    }

    /** As above, with more options for the server's JVM (a benchmark's heap, say). */
    public static PayaraProcess startInCluster(Map<String, String> environment, Path log, String clusterName, int gridPort,
                                               List<Integer> gridPorts, int httpPort, List<String> jvmOptions) {
        String members = String.join(",", gridPorts.stream().map(p -> "127.0.0.1:" + p).toList());
        List<String> jvm = new java.util.ArrayList<>(List.of("-Dhazelcast.socket.bind.any=false"));
        jvm.addAll(jvmOptions);
        return start(httpPort, environment, log, List.of("--clustername", clusterName, "--interfaces", "127.0.0.1", "--clustermode", "tcpip:" + members,
                "--startport", Integer.toString(gridPort)), jvm);
    }

    /** The server's process id, to read its CPU time. */
    public long pid() {
        return process.pid();
    }

    /** A free port on loopback, for a server or a data grid to listen on. */
    public static int freeLoopbackPort() {
        return freePort();
    }

    private static PayaraProcess start(Map<String, String> environment, Path log, List<String> options, List<String> jvmOptions) {
        return start(freePort(), environment, log, options, jvmOptions);
    }

    private static PayaraProcess start(int port, Map<String, String> environment, Path log, List<String> options,
                                       List<String> jvmOptions) {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new java.util.ArrayList<>(List.of(java, "-Xmx768m"));
        // As the Arquillian-started servers (arquillian.xml): C1 only in the tests, the full JIT in benchmarks.
        String jit = System.getProperty("marigold.it.server.jit", "").strip();
        if (!jit.isEmpty()) {
            command.addAll(List.of(jit.split("\\s+")));
        }
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", new File("target/payara-micro.jar").getAbsolutePath(),
                "--deploy", new File(System.getProperty("marigold.war", "target/marigold.war")).getAbsolutePath(),
                "--contextroot", "/", "--port", Integer.toString(port)));
        command.addAll(options);
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(environment);
        try {
            PayaraProcess payara = new PayaraProcess(builder.start(), port, log);
            payara.awaitReady();
            return payara;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int port() {
        return port;
    }

    public URL url() {
        try {
            return URI.create("http://127.0.0.1:" + port + "/").toURL();
        } catch (java.net.MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Waits for /health/ready (the app deployed and its database answers); fails if the server dies first. */
    private void awaitReady() {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        String lastAnswer = "no answer yet";
        HttpRequest ready = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health/ready"))
                .timeout(Duration.ofSeconds(5)).build();
        Instant giveUp = Instant.now().plus(Duration.ofMinutes(6));
        while (Instant.now().isBefore(giveUp)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Payara Micro exited with " + process.exitValue() + ":\n" + tailOfLog());
            }
            try {
                HttpResponse<String> answer = http.send(ready, HttpResponse.BodyHandlers.ofString());
                if (answer.statusCode() == 200) {
                    return;
                }
                lastAnswer = answer.statusCode() + " " + answer.body();
            } catch (IOException notYet) {
                lastAnswer = notYet.toString();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            try {
                process.waitFor(500, java.util.concurrent.TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("Payara Micro on port " + port + " was not ready within 6 minutes; last answer: "
                + lastAnswer + "\n" + tailOfLog());
    }

    private String tailOfLog() {
        try {
            java.util.List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The server dies at once, as a crashed machine would (SIGKILL): nothing is shut down cleanly. */
    public void kill() {
        process.destroyForcibly();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Whether the server's log says this; for waiting on what it reports (the cluster it joined). */
    public boolean logSays(String words) {
        try {
            return Files.readString(log).contains(words);
        } catch (IOException e) {
            return false;
        }
    }

    /** Stops the server as Ctrl-C would, and waits until it has gone. */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
