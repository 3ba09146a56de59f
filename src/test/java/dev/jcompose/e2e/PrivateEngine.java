package dev.jcompose.e2e;

import dev.jcompose.engine.docker.DockerEngine;
import dev.jcompose.engine.docker.Endpoint;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.abort;

/**
 * A Docker engine of the test's own, for tests that stop or restart the engine: its own data root and socket, and
 * its own network namespace, so that nothing it does to network interfaces reaches the host. (Sharing the host's
 * namespace is not safe: a dockerd restarted with {@code --bridge} set deletes the host's {@code docker0}, and the
 * bridges of its networks outlive it.) The machine's engine and whatever else runs on it are never touched. Needs
 * root, dockerd, ip and nsenter; the test image is copied in from the machine's engine. Its API is a unix socket, which
 * works across namespaces.
 */
final class PrivateEngine implements AutoCloseable {

    private final Path root;
    private final Path socket;
    private final String namespace;
    private Process daemon;
    private DockerEngine client;
    private final boolean hostBridgeBefore = Files.exists(Path.of("/sys/class/net/docker0"));

    private PrivateEngine(Path root) {
        this.root = root;
        this.socket = root.resolve("docker.sock");
        this.namespace = "jcpe" + root.getFileName().toString().replaceAll("[^A-Za-z0-9]", "");
    }

    /** Starts one under a fresh directory in /tmp (short paths: a unix socket path has a length limit). */
    static PrivateEngine start() throws Exception {
        if (!"root".equals(System.getProperty("user.name")) || !onPath("dockerd") || !onPath("ip")
                || !onPath("nsenter")) {
            String why = "a private engine needs root, dockerd, ip and nsenter";
            if ("true".equals(System.getenv("CI"))) fail(why);
            abort(why);
        }
        PrivateEngine e = new PrivateEngine(Files.createTempDirectory(Path.of("/tmp"), "jcpe"));
        ip("netns", "add", e.namespace);
        ip("-n", e.namespace, "link", "set", "lo", "up");
        e.startDaemon();
        e.copyImage(Stack.BUSYBOX);
        return e;
    }

    String dockerHost() {
        return "unix://" + socket;
    }

    DockerEngine engine() {
        return client;
    }

    /** The engine goes away: its connections drop and its containers stop. */
    void stop() throws InterruptedException {
        stopDaemon();
    }

    /** What an engine restart does: the daemon stops its containers and exits, then comes back. */
    void restart() throws Exception {
        stopDaemon();
        startDaemon();
    }

    private void startDaemon() throws Exception {
        // nsenter enters the network namespace only (ip netns exec would also remount /sys, hiding the cgroups
        // dockerd needs) and execs dockerd, so the process is the daemon's.
        daemon = new ProcessBuilder("nsenter", "--net=/run/netns/" + namespace, "dockerd",
                "--data-root", root.resolve("data").toString(), "--exec-root", root.resolve("exec").toString(),
                "--pidfile", root.resolve("pid").toString(), "-H", dockerHost(), "--iptables=false",
                "--ip-masq=false", "--ip=127.0.0.1", "--shutdown-timeout", "2")
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(root.resolve("dockerd.log").toFile())).start();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (true) {
            try {
                client = DockerEngine.connect(new Endpoint(URI.create(dockerHost()), false, null, "test"));
                return;
            } catch (RuntimeException notYet) {
                if (!daemon.isAlive() || Instant.now().isAfter(deadline)) {
                    fail("private dockerd did not come up: " + Files.readString(root.resolve("dockerd.log")));
                }
                Thread.sleep(100);
            }
        }
    }

    private void stopDaemon() throws InterruptedException {
        if (client != null) client.close();
        client = null;
        if (daemon == null) return;
        daemon.destroy();
        if (!daemon.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) daemon.destroyForcibly().waitFor();
        daemon = null;
    }

    private static void ip(String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("ip"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        if (p.waitFor() != 0) fail(String.join(" ", command) + ": " + out);
    }

    private void copyImage(String image) throws Exception {
        Process save = new ProcessBuilder("docker", "save", image).start();
        Process load = new ProcessBuilder("docker", "-H", dockerHost(), "load").redirectErrorStream(true).start();
        save.getInputStream().transferTo(load.getOutputStream());
        load.getOutputStream().close();
        String out = new String(load.getInputStream().readAllBytes());
        if (save.waitFor() != 0 || load.waitFor() != 0) fail("could not copy " + image + ": " + out);
    }

    private static boolean onPath(String command) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(":"))
                .anyMatch(d -> Files.isExecutable(Path.of(d, command)));
    }

    @Override
    public void close() throws Exception {
        stopDaemon();
        // Every interface the engine made goes with its namespace.
        new ProcessBuilder("ip", "netns", "delete", namespace).redirectErrorStream(true).start().waitFor();
        if (hostBridgeBefore && !Files.exists(Path.of("/sys/class/net/docker0"))) {
            fail("the host's docker0 disappeared while a private engine ran");
        }
        // The daemon unmounts its layers on a clean stop; what is left is plain files.
        try (Stream<Path> all = Files.walk(root)) {
            List<Path> paths = all.sorted(Comparator.reverseOrder()).toList();
            for (Path p : paths) {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException busy) {
                    // a mount the daemon did not release; it goes with the machine
                }
            }
        }
    }
}
