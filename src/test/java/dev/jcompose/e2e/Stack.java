package dev.jcompose.e2e;

import dev.jcompose.cli.Cli;
import dev.jcompose.cli.CliContext;
import dev.jcompose.cli.DefaultProjectLoading;
import dev.jcompose.cli.ProcessIo;
import dev.jcompose.engine.ContainerEngine;
import dev.jcompose.engine.ContainerSummary;
import dev.jcompose.engine.EngineUnreachableException;
import dev.jcompose.engine.docker.DockerEngine;
import dev.jcompose.engine.docker.EndpointResolver;
import dev.jcompose.engine.docker.RegistryCredentials;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.abort;

/**
 * A project directory of an end-to-end test: writes compose files, runs jcompose in-process against the real
 * engine, and reads the engine's state directly for assertions. Each stack has its own project name, and
 * {@link #close()} takes down everything it made (containers, networks, volumes).
 */
final class Stack implements AutoCloseable {

    record Run(int exitCode, String out, String err) {
        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }

    static final String BUSYBOX = "jcompose-test/busybox:latest";

    /**
     * What {@code $SERVE_UNTIL_STOPPED} in a written file stands for: a command that runs until stopped and exits at
     * once on SIGTERM, as a well-behaved service does ({@code sleep} as PID 1 ignores TERM and costs a 10 s timeout).
     */
    static final String SERVE_UNTIL_STOPPED = "[\"sh\", \"-c\", \"trap 'exit 0' TERM; sleep 300 & wait\"]";

    final Path dir;
    final String project;
    final ContainerEngine engine;
    private final Map<String, String> env = new HashMap<>();

    Stack(Path dir, String prefix, ContainerEngine engine) {
        this.dir = dir;
        this.project = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        this.engine = engine;
        env.put("HOME", System.getProperty("user.home"));
        env.put("COMPOSE_PROJECT_NAME", project);
    }

    /** The real engine, or: skip on a laptop without one, fail in CI. */
    static DockerEngine engineOrSkip() {
        try {
            DockerEngine engine = DockerEngine.connect();
            if (!engine.imageExists(BUSYBOX)) {
                String why = BUSYBOX + " is missing: run scripts/build-test-images.sh";
                if ("true".equals(System.getenv("CI"))) fail(why);
                abort(why);
            }
            return engine;
        } catch (EngineUnreachableException e) {
            if ("true".equals(System.getenv("CI"))) fail("CI=true but no container engine is reachable: " + e.getMessage());
            abort("no container engine: " + e.getMessage());
            return null;
        }
    }

    /** Sets a variable of the environment jcompose runs in. */
    Stack env(String key, String value) {
        env.put(key, value);
        return this;
    }

    /** The environment jcompose runs in, for a jcompose started as a process of its own. */
    Map<String, String> environment() {
        return Map.copyOf(env);
    }

    Stack write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text.replace("$SERVE_UNTIL_STOPPED", SERVE_UNTIL_STOPPED));
        return this;
    }

    Run jc(String... args) {
        return jcWithStdin(new byte[0], args);
    }

    /** Runs jcompose on another thread; its output reaches {@code out} (flushed per line) while it runs. */
    java.util.concurrent.CompletableFuture<Integer> jcInBackground(java.io.Writer out, String... args) {
        return java.util.concurrent.CompletableFuture.supplyAsync(() -> run(args, out, new StringWriter(), ProcessIo.NONE),
                r -> new Thread(r, "jcompose " + String.join(" ", args)).start());
    }

    /**
     * Runs jcompose in-process with {@code stdin} as its standard input (ending after the bytes) and byte streams
     * for stdout and stderr, as the launcher has.
     */
    Run jcWithStdin(byte[] stdin, String... args) {
        return jcWithInput(new java.io.ByteArrayInputStream(stdin), args);
    }

    /** As {@link #jcWithStdin}, standard input ending where {@code stdin} ends. */
    Run jcWithInput(java.io.InputStream stdin, String... args) {
        java.io.ByteArrayOutputStream outBytes = new java.io.ByteArrayOutputStream();
        java.io.ByteArrayOutputStream errBytes = new java.io.ByteArrayOutputStream();
        ProcessIo io = new ProcessIo(stdin, outBytes, errBytes, false, false, null);
        int code = run(args, new java.io.OutputStreamWriter(outBytes, java.nio.charset.StandardCharsets.UTF_8),
                new java.io.OutputStreamWriter(errBytes, java.nio.charset.StandardCharsets.UTF_8), io);
        return new Run(code, outBytes.toString(java.nio.charset.StandardCharsets.UTF_8),
                errBytes.toString(java.nio.charset.StandardCharsets.UTF_8));
    }

    private int run(String[] args, java.io.Writer out, java.io.Writer err, ProcessIo io) {
        CliContext ctx = new CliContext(env, dir, () -> "", new DefaultProjectLoading(), context().engines(), false,
                io);
        String[] all = new String[args.length + 2];
        all[0] = "--progress";
        all[1] = "plain";
        System.arraycopy(args, 0, all, 2, args.length);
        return Cli.run(all, ctx, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    /** Runs and fails the test with the whole output when the exit code is not 0. */
    Run ok(String... args) {
        Run r = jc(args);
        if (r.exitCode() != 0) fail("jcompose " + String.join(" ", args) + " failed:\n" + r);
        return r;
    }

    List<ContainerSummary> containers() {
        return engine.listContainers(Map.of("com.docker.compose.project", project));
    }

    ContainerSummary container(String name) {
        return containers().stream().filter(c -> c.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no container " + name + " in " + names()));
    }

    List<String> names() {
        return containers().stream().map(ContainerSummary::name).sorted().toList();
    }

    /** Runs a command in a running container; its stdout and exit code. */
    Run exec(String container, String... cmd) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        String id = engine.execCreate(container, dev.jcompose.engine.ExecSpec.of(cmd));
        int code = engine.execStart(id, null, (stream, bytes) ->
                (stream == dev.jcompose.engine.LogStream.STDERR ? err : out).writeBytes(bytes));
        return new Run(code, out.toString(java.nio.charset.StandardCharsets.UTF_8),
                err.toString(java.nio.charset.StandardCharsets.UTF_8));
    }

    String name(String service, int n) {
        return project + "-" + service + "-" + n;
    }

    // --- devenv ---

    /** Copies a directory's files (an example) into this stack's directory. */
    Stack copyFrom(Path source) throws IOException {
        try (var files = Files.walk(source)) {
            for (Path from : files.toList()) {
                Path to = dir.resolve(source.relativize(from).toString());
                if (Files.isDirectory(from)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(from, to, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                            java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
        return this;
    }

    /** A command running on its own thread (watch, an attached up), its output readable while it runs. */
    final class Background {
        private final StringWriter out = new StringWriter();
        private final StringWriter err = new StringWriter();
        private final Thread thread;
        private volatile int exitCode = -1;

        private Background(String... args) {
            CliContext ctx = new CliContext(env, dir, () -> "", new DefaultProjectLoading(), DockerEngine::connect,
                    false);
            String[] all = new String[args.length + 2];
            all[0] = "--progress";
            all[1] = "plain";
            System.arraycopy(args, 0, all, 2, args.length);
            thread = new Thread(() -> exitCode = Cli.run(all, ctx, new PrintWriter(out), new PrintWriter(err)),
                    "jcompose " + String.join(" ", args));
            thread.start();
        }

        String err() {
            return err.toString();
        }

        /** Waits (polling the output, up to {@code seconds}) until stderr contains {@code text}. */
        void awaitErr(String text, int seconds) throws InterruptedException {
            long deadline = System.nanoTime() + seconds * 1_000_000_000L;
            while (!err().contains(text)) {
                if (!thread.isAlive() || System.nanoTime() > deadline) {
                    fail("never printed \"" + text + "\":\n" + err());
                }
                Thread.sleep(50);
            }
        }

        /** Interrupts the command (as Ctrl-C would end it) and returns how it ended. */
        Run stop() throws InterruptedException {
            thread.interrupt();
            thread.join(30_000);
            return new Run(exitCode, out.toString(), err.toString());
        }
    }

    Background start(String... args) {
        return new Background(args);
    }

    @Override
    public void close() {
        jc("down", "-v", "--remove-orphans", "-t", "1");
        // Whatever down could not remove (a test that broke the stack on purpose) goes by label.
        for (ContainerSummary c : containers()) engine.removeContainer(c.id(), true, true);
        Map<String, String> label = Map.of("com.docker.compose.project", project);
        engine.listNetworks(label).forEach(n -> engine.removeNetwork(n.name()));
        engine.listVolumes(label).forEach(v -> engine.removeVolume(v.name(), true));
        // images built for the project carry its label
        engine.listImages(label).forEach(i -> engine.removeImage(i.id(), true));
    }

    // --- build-pull ---

    /** How {@link #jc} runs jcompose: this stack's directory and environment, the real engine. */
    CliContext context() {
        Map<String, String> environment = Map.copyOf(env);
        return new CliContext(environment, dir, () -> "", new DefaultProjectLoading(),
                () -> DockerEngine.connect(EndpointResolver.system().resolve(),
                        () -> RegistryCredentials.forEnvironment(environment)), false);
    }
}
