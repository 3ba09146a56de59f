package dev.jcompose.engine.docker;

import static dev.jcompose.engine.docker.EngineApi.encode;

import dev.jcompose.engine.EngineException;
import dev.jcompose.engine.ExecSpec;
import dev.jcompose.engine.LogSink;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Commands run in a running container: created, then started attached (with or without a terminal) or detached. */
final class ExecCalls {
    private final EngineApi api;

    ExecCalls(EngineApi api) {
        this.api = api;
    }

    String create(String container, ExecSpec spec) {
        List<String> env = new ArrayList<>();
        spec.env().forEach((k, v) -> env.add(v == null ? k : k + "=" + v));
        byte[] body = JsonBodies.write(g -> {
            g.writeStartObject();
            g.writeBooleanField("AttachStdin", spec.attachStdin());
            g.writeBooleanField("AttachStdout", true);
            g.writeBooleanField("AttachStderr", true);
            g.writeBooleanField("Tty", spec.tty());
            g.writeBooleanField("Privileged", spec.privileged());
            JsonBodies.strings(g, "Cmd", spec.cmd());
            if (!env.isEmpty()) JsonBodies.strings(g, "Env", env);
            JsonBodies.string(g, "User", spec.user());
            JsonBodies.string(g, "WorkingDir", spec.workingDir());
            g.writeEndObject();
        });
        return JsonTree.text(JsonTree.at(api.exchange("create exec in container", container, "POST",
                "/containers/" + encode(container) + "/exec", body), "Id"));
    }

    /**
     * Runs the command attached and returns its exit code. The stream is our own rather than docker-java's, whose
     * hijacked exec never half-closes its output: a command reading stdin to its end would wait forever.
     *
     * @param tty     a terminal's keys: the stream is raw, and stdin is closed once the command ends
     * @param started told once the command runs
     */
    int start(String execId, InputStream stdin, LogSink sink, boolean tty, Runnable started) {
        try (HijackedStream stream = api.http().upgrade("run exec", execId, "POST", "/exec/" + execId + "/start",
                "{\"Detach\":false,\"Tty\":" + tty + "}")) {
            started.run();
            StreamPump.run(stream, stdin, sink, tty);
            if (tty) stdin.close(); // the command has ended: keys typed from now on are for whatever comes next
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return exitCode(execId);
    }

    void startDetached(String execId) {
        api.call("start exec", execId, "POST", "/exec/" + execId + "/start",
                "{\"Detach\":true,\"Tty\":false}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** The engine waits (up to 10 s) for a just-started exec to be running before it resizes it. */
    void resize(String execId, int rows, int columns) {
        api.call("resize exec", execId, "POST", "/exec/" + execId + "/resize?h=" + rows + "&w=" + columns, null);
    }

    /** The exit code of an exec whose output has ended; the engine may record its end a moment after. */
    private int exitCode(String execId) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        long pause = 1;
        while (true) {
            Object inspected = api.get("inspect exec", execId, "/exec/" + execId + "/json");
            if (!JsonTree.isTrue(JsonTree.at(inspected, "Running")) || System.nanoTime() > deadline) {
                Object code = JsonTree.at(inspected, "ExitCode");
                return code instanceof Number n ? n.intValue() : -1;
            }
            try {
                Thread.sleep(pause);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new EngineException("run exec", execId, "interrupted", e);
            }
            pause = Math.min(pause * 2, 50);
        }
    }
}
