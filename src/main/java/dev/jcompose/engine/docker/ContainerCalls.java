package dev.jcompose.engine.docker;

import static dev.jcompose.engine.docker.EngineApi.encode;

import dev.jcompose.engine.ApiFeatures;
import dev.jcompose.engine.CommitSpec;
import dev.jcompose.engine.ConflictException;
import dev.jcompose.engine.ContainerDetails;
import dev.jcompose.engine.ContainerSpec;
import dev.jcompose.engine.CreatedContainer;
import dev.jcompose.engine.EngineException;
import dev.jcompose.engine.HealthProbe;
import dev.jcompose.engine.LogSink;
import dev.jcompose.engine.ProcessList;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A container's life on the engine: create, start, stop, remove, inspect, wait, attach, pause, top, resize, commit,
 * export.
 */
final class ContainerCalls {
    private final EngineApi api;
    private final NetworkCalls networks;
    private final String apiVersion;

    ContainerCalls(EngineApi api, NetworkCalls networks, String apiVersion) {
        this.api = api;
        this.networks = networks;
        this.apiVersion = apiVersion;
    }

    CreatedContainer create(ContainerSpec requested) {
        ApiFeatures.CreateRequest request = ApiFeatures.adapt(requested, apiVersion);
        ContainerSpec spec = request.spec();
        String label = spec.name() == null ? spec.image() : spec.name();
        byte[] body;
        try {
            body = ContainerCreateBody.json(spec, everyNetworkAtCreate(), SeccompProfiles::inline);
        } catch (IllegalArgumentException e) {
            throw new EngineException("create container", label, e.getMessage(), e);
        }
        StringBuilder path = new StringBuilder("/containers/create");
        char separator = '?';
        if (spec.name() != null) {
            path.append(separator).append("name=").append(encode(spec.name()));
            separator = '&';
        }
        if (spec.platform() != null) path.append(separator).append("platform=").append(encode(spec.platform()));
        Object answer = api.exchange("create container", label, "POST", path.toString(), body);
        String id = JsonTree.text(JsonTree.at(answer, "Id"));
        // API < 1.44 joins one network at create; the others are joined before the container ever starts.
        if (spec.networkMode() == null && !everyNetworkAtCreate()) {
            boolean first = true;
            for (var e : spec.networks().entrySet()) {
                if (!first) networks.connect(e.getKey(), id, e.getValue());
                first = false;
            }
        }
        List<String> warnings = new ArrayList<>(request.warnings());
        for (String w : JsonTree.stringList(JsonTree.at(answer, "Warnings"))) {
            if (!w.isBlank()) warnings.add(w.strip());
        }
        return new CreatedContainer(id, warnings);
    }

    /**
     * From API 1.44 every network is joined at create: a network connect applies an endpoint's MAC address only from
     * API 1.54.
     */
    private boolean everyNetworkAtCreate() {
        return !ApiFeatures.older(apiVersion, "1.44");
    }

    ContainerDetails inspect(String idOrName) {
        return ContainerInspectAnswer.details(inspectAnswer(idOrName));
    }

    List<HealthProbe> healthProbes(String container) {
        return ContainerInspectAnswer.healthProbes(inspectAnswer(container));
    }

    private Object inspectAnswer(String idOrName) {
        return api.get("inspect container", idOrName, "/containers/" + encode(idOrName) + "/json");
    }

    /** A container already running answers 304: the desired state holds already. */
    void start(String idOrName) {
        post("start container", idOrName, "/start");
    }

    /** A container already stopped answers 304: the desired state holds already. */
    void stop(String idOrName, Duration timeout) {
        post("stop container", idOrName, "/stop?t=" + timeout.toSeconds());
    }

    void kill(String idOrName, String signal) {
        post("kill container", idOrName, "/kill" + (signal == null ? "" : "?signal=" + encode(signal)));
    }

    void remove(String idOrName, boolean force, boolean removeAnonymousVolumes) {
        api.call("remove container", idOrName, "DELETE", "/containers/" + encode(idOrName)
                + "?force=" + force + "&v=" + removeAnonymousVolumes, null);
    }

    void rename(String idOrName, String newName) {
        post("rename container", idOrName, "/rename?name=" + encode(newName));
    }

    void pause(String idOrName) {
        post("pause container", idOrName, "/pause");
    }

    void unpause(String idOrName) {
        post("unpause container", idOrName, "/unpause");
    }

    void resize(String idOrName, int rows, int columns) {
        post("resize container", idOrName, "/resize?h=" + rows + "&w=" + columns);
    }

    int await(String idOrName) {
        Object answer = api.exchange("wait for container", idOrName, "POST",
                "/containers/" + encode(idOrName) + "/wait", null);
        return exitCode(idOrName, answer);
    }

    ProcessList processes(String idOrName) {
        Object top = api.get("list processes of container", idOrName, "/containers/" + encode(idOrName) + "/top");
        List<List<String>> rows = new ArrayList<>();
        for (Object row : JsonTree.array(JsonTree.at(top, "Processes"))) rows.add(JsonTree.stringList(row));
        return new ProcessList(JsonTree.stringList(JsonTree.at(top, "Titles")), rows);
    }

    /** Attaches with {@code stream=1} only: what the container wrote before is not sent again. */
    void attach(String idOrName, InputStream stdin, LogSink sink, String detachKeys, Runnable onAttached) {
        Object inspected = inspectAnswer(idOrName);
        String id = JsonTree.text(JsonTree.at(inspected, "Id"));
        if (!JsonTree.isTrue(JsonTree.at(inspected, "State", "Running"))) {
            throw new ConflictException("attach to container", idOrName,
                    "You cannot attach to a stopped container, start it first");
        }
        boolean tty = JsonTree.isTrue(JsonTree.at(inspected, "Config", "Tty"));
        String query = "stream=1&stdout=1&stderr=1" + (stdin != null ? "&stdin=1" : "")
                + (detachKeys != null ? "&detachKeys=" + encode(detachKeys) : "");
        try (HijackedStream stream = api.http().upgrade("attach to container", id, "POST",
                "/containers/" + id + "/attach?" + query, null)) {
            onAttached.run();
            StreamPump.run(stream, stdin, sink, tty);
            if (stdin != null) stdin.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code POST /commit}: the changes are repeated {@code changes} parameters, the configuration stays as it is. */
    String commit(String idOrName, CommitSpec spec) {
        StringBuilder path = new StringBuilder("/commit?container=").append(encode(idOrName))
                .append("&pause=").append(spec.pause());
        if (spec.reference() != null) {
            ImageName name = ImageName.parse(spec.reference());
            path.append("&repo=").append(encode(name.repository())).append("&tag=").append(encode(name.tag()));
        }
        if (spec.author() != null && !spec.author().isEmpty()) path.append("&author=").append(encode(spec.author()));
        if (spec.message() != null && !spec.message().isEmpty()) {
            path.append("&comment=").append(encode(spec.message()));
        }
        for (String change : spec.changes()) path.append("&changes=").append(encode(change));
        Object answer = api.exchange("commit container", idOrName, "POST", path.toString(), null);
        return JsonTree.text(JsonTree.at(answer, "Id"));
    }

    /** The export streams as the engine reads the filesystem: closing the stream closes the connection. */
    InputStream export(String idOrName) {
        try {
            EngineHttp.Response answer = api.http().send("export container", idOrName, "GET",
                    "/containers/" + encode(idOrName) + "/export", null);
            return new FilterInputStream(answer.body()) {
                @Override
                public void close() throws IOException {
                    answer.close();
                }
            };
        } catch (IOException e) {
            throw api.failure("export container", idOrName, e);
        }
    }

    /**
     * Starts a container attached to its streams and returns its exit code. The wait is registered before the
     * start (the engine answers its headers at once), so the exit code is known even when the engine removes the
     * container as it exits; for such a container it answers once the container is gone, as
     * {@code docker run --rm} does (the caller's next command may list it).
     *
     * @param interactive a terminal's keys: the stream is raw and stdin is closed once the container stops
     * @param started     told once the container runs
     */
    int startAttached(String idOrName, InputStream stdin, LogSink sink, boolean interactive, Runnable started) {
        Object inspected = inspectAnswer(idOrName);
        String id = JsonTree.text(JsonTree.at(inspected, "Id"));
        boolean tty = JsonTree.isTrue(JsonTree.at(inspected, "Config", "Tty"));
        boolean autoRemove = JsonTree.isTrue(JsonTree.at(inspected, "HostConfig", "AutoRemove"));
        EngineHttp http = api.http();
        try (EngineHttp.Response wait = http.send("wait for container", id, "POST",
                "/containers/" + id + "/wait?condition=" + (autoRemove ? "removed" : "next-exit"), null);
             HijackedStream stream = http.upgrade("attach to container", id, "POST", "/containers/" + id
                     + "/attach?stream=1&stdout=1&stderr=1" + (stdin != null ? "&stdin=1" : ""), null)) {
            start(id);
            started.run();
            StreamPump.run(stream, stdin, sink, tty || interactive);
            if (interactive) stdin.close(); // the container has stopped: keys typed from now on are for what follows
            return exitCode(id, JsonTree.parse(wait.body()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void post(String operation, String idOrName, String action) {
        api.call(operation, idOrName, "POST", "/containers/" + encode(idOrName) + action, null);
    }

    private static int exitCode(String container, Object answer) {
        String error = JsonTree.text(JsonTree.at(answer, "Error", "Message"));
        if (!error.isEmpty()) {
            throw new EngineException("wait for container", container, error);
        }
        if (!(JsonTree.at(answer, "StatusCode") instanceof Long code)) {
            throw new EngineException("wait for container", container, "no exit code in the engine's answer");
        }
        return code.intValue();
    }
}
