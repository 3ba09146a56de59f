package dev.jcompose.app;

import dev.jcompose.engine.EngineUnreachableException;
import dev.jcompose.engine.InMemoryEngine;
import dev.jcompose.loader.LoadRequest;
import dev.jcompose.loader.LoadResult;
import dev.jcompose.loader.ProjectLoader;
import dev.jcompose.plan.PlanOptions;
import dev.jcompose.progress.ProgressListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code doctor}'s checks over the in-memory engine and a project in a temporary directory. */
class DoctorTest {

    @TempDir
    Path dir;

    private final InMemoryEngine engine = new InMemoryEngine(cmd -> null);

    private LoadResult load(String yaml, Map<String, String> env) throws IOException {
        Files.writeString(dir.resolve("compose.yaml"), yaml);
        return new ProjectLoader().load(LoadRequest.in(dir, env).withProjectName("demo"));
    }

    private List<Finding> examine(LoadResult loaded) {
        return new Doctor(() -> engine).examine(loaded, List.of());
    }

    private static Finding find(List<Finding> findings, String check) {
        return findings.stream().filter(f -> f.check().equals(check)).findFirst()
                .orElseThrow(() -> new AssertionError("no finding for " + check + " in " + findings));
    }

    private static List<Finding> problems(List<Finding> findings) {
        return findings.stream().filter(f -> f.status() == Finding.Status.PROBLEM).toList();
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    @Test
    void aReadyProjectHasNoProblems() throws IOException {
        int port = freePort();
        Files.createDirectories(dir.resolve("site"));
        Files.writeString(dir.resolve(".env"), "TAG=1\n");
        engine.addImage("web:1", Map.of());
        List<Finding> findings = examine(load("""
                services:
                  web:
                    image: web:${TAG}
                    ports: ["127.0.0.1:%d:80"]
                    volumes: ["./site:/site"]
                """.formatted(port), Map.of()));
        assertEquals(List.of(), problems(findings));
        assertEquals(Finding.ok("engine", "Docker Engine in-memory, API 1.41 (jcompose speaks 1.41), linux/amd64"),
                find(findings, "engine"));
        assertEquals(Finding.ok("image web:1", "present (web)"), find(findings, "image web:1"));
        assertEquals(Finding.ok("port 127.0.0.1:" + port + "/tcp", "free (web)"),
                find(findings, "port 127.0.0.1:" + port + "/tcp"));
        assertEquals(Finding.Status.OK, find(findings, ".env").status());
        assertEquals(Finding.Status.OK, find(findings, "variables").status());
    }

    @Test
    void eachProblemSaysWhatToFix() throws IOException {
        Files.createDirectories(dir.resolve("app"));
        try (ServerSocket busy = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int port = busy.getLocalPort();
            List<Finding> findings = examine(load("""
                    services:
                      web:
                        image: local/web:${WEB_TAG}
                        pull_policy: never
                        ports: ["127.0.0.1:%d:80"]
                        volumes:
                          - type: bind
                            source: ./missing
                            target: /data
                      api:
                        build: ./app
                        secrets: [token]
                    secrets:
                      token:
                        file: ./token.txt
                    """.formatted(port), Map.of()));
            Finding variable = find(findings, "variable WEB_TAG");
            assertEquals(Finding.Status.PROBLEM, variable.status());
            assertTrue(variable.message().startsWith("used but not set at "), variable.message());
            assertTrue(variable.message().contains("compose.yaml:3:"), variable.message());
            Finding portBusy = find(findings, "port 127.0.0.1:" + port + "/tcp");
            assertEquals(Finding.Status.PROBLEM, portBusy.status());
            assertEquals("already in use (web at compose.yaml:5:13)", portBusy.message());
            assertEquals("stop what listens on it, or publish web on another port", portBusy.fix());
            assertEquals("image local/web:", find(findings, "image local/web:").check());
            assertTrue(find(findings, "image local/web:").message().contains("pull_policy: never"));
            assertTrue(find(findings, "bind " + dir.resolve("missing")).message().startsWith("does not exist (web at"));
            assertEquals(Finding.problem("build api", "Dockerfile not found in " + dir.resolve("app"),
                    "create it, or point build.dockerfile at it"), find(findings, "build api"));
            assertEquals(Finding.Status.PROBLEM, find(findings, "secret token").status());
            for (Finding f : problems(findings)) assertNotNull(f.fix(), f.toString());
            assertEquals(6, problems(findings).size(), findings.toString());
        }
    }

    @Test
    void imagesToPullNameTheirRegistryAndDirectoriesToBeCreatedAreNotes() throws IOException {
        List<Finding> findings = examine(load("""
                services:
                  db:
                    image: postgres:16
                    volumes: ["./data:/var/lib/postgresql/data"]
                  api:
                    image: registry.example.com:5000/team/api:2
                """, Map.of()));
        assertEquals(List.of(), problems(findings));
        assertEquals(Finding.note("image postgres:16", "not present locally, will be pulled from docker.io (db)"),
                find(findings, "image postgres:16"));
        assertEquals("not present locally, will be pulled from registry.example.com:5000 (api)",
                find(findings, "image registry.example.com:5000/team/api:2").message());
        assertEquals(Finding.Status.NOTE, find(findings, "bind " + dir.resolve("data")).status());
        assertEquals(Finding.Status.NOTE, find(findings, ".env").status());
    }

    @Test
    void aPortThisProjectAlreadyPublishesIsFine() throws IOException {
        int port = freePort();
        engine.addImage("web:1", Map.of());
        LoadResult loaded = load("""
                services:
                  web:
                    image: web:1
                    ports: ["127.0.0.1:%d:80"]
                """.formatted(port), Map.of());
        Up up = new Up(new StackContext(engine, ProgressListener.NONE, 0));
        up.execute(up.plan(loaded.project(), PlanOptions.defaults(), false));
        assertEquals(Finding.ok("port 127.0.0.1:" + port + "/tcp", "published by demo-web-1 of this project (web)"),
                find(examine(loaded), "port 127.0.0.1:" + port + "/tcp"));
    }

    @Test
    void withoutAnEngineTheRestIsStillChecked() throws IOException {
        LoadResult loaded = load("services:\n  web:\n    image: web:1\n", Map.of());
        List<Finding> findings = new Doctor(() -> {
            throw new EngineUnreachableException(List.of("unix:///nowhere.sock"), null);
        }).examine(loaded, List.of());
        Finding e = find(findings, "engine");
        assertEquals(Finding.Status.PROBLEM, e.status());
        assertTrue(e.fix().startsWith("start the Docker engine"));
        assertEquals(Finding.note("image web:1", "not checked: no engine (web)"), find(findings, "image web:1"));
    }

    @Test
    void portRanges() {
        assertEquals(List.of(8000, 8001, 8002), Doctor.hostPorts("8000-8002"));
        assertEquals(List.of(80), Doctor.hostPorts("80"));
        assertEquals(List.of(), Doctor.hostPorts("x"));
    }
}
