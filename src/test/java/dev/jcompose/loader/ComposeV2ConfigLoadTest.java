package dev.jcompose.loader;

import dev.jcompose.diag.Diagnostic;
import dev.jcompose.diag.InvalidProjectException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The model `config` prints, on small files that exercise what Docker Compose v2 (2.40) loads differently from a
 * plain reading of the specification; each expected value is what v2 printed for the same file.
 */
class ComposeV2ConfigLoadTest {

    @TempDir
    Path dir;

    private void write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
    }

    private Map<String, Object> view() {
        return new ProjectLoader().load(LoadRequest.in(dir, Map.of("HOME", "/home/tester")).withProjectName("demo"))
                .view().get();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o, String... keys) {
        Object at = o;
        for (String k : keys) at = ((Map<String, Object>) at).get(k);
        return (Map<String, Object>) at;
    }

    private Map<String, Object> service(String name) {
        return map(view(), "services", name);
    }

    private List<String> errors() {
        InvalidProjectException e = assertThrows(InvalidProjectException.class, this::view);
        return e.diagnostics().stream().filter(Diagnostic::isError)
                .map(d -> d.headline() + (d.hint() == null ? "" : " / " + d.hint())).toList();
    }

    @Test
    void aDollarThatStartsNoVariableIsKeptInDockerfileInline() throws IOException {
        write("compose.yaml", """
                services:
                  web:
                    build:
                      dockerfile_inline: |
                        FROM busybox
                        RUN echo $(date) ${TAG:-x} $$HOME
                """);
        assertEquals("FROM busybox\nRUN echo $(date) x $HOME\n", map(service("web"), "build").get("dockerfile_inline"));
    }
    @Test
    void topLevelResourcesNoEnabledServiceUsesAreLeftOut() throws IOException {
        write("s.txt", "x");
        write("compose.yaml", """
                services:
                  web:
                    image: busybox
                    networks: [front]
                    volumes: [data:/data, ./src:/src]
                    secrets: [token]
                    configs: [conf]
                    build:
                      secrets: [npmrc]
                  admin:
                    image: busybox
                    profiles: [debug]
                    networks: [back]
                    volumes: [logs:/logs]
                    secrets: [admin_token]
                    configs: [admin_conf]
                networks: {front: {}, back: {}, spare: {}}
                volumes: {data: {}, logs: {}, spare: {}, outside: {external: true}}
                secrets: {token: {file: s.txt}, npmrc: {file: s.txt}, admin_token: {file: s.txt}, spare: {file: s.txt}}
                configs: {conf: {file: s.txt}, admin_conf: {file: s.txt}, spare: {file: s.txt}}
                """);
        Map<String, Object> v = view();
        assertEquals(List.of("front"), List.copyOf(map(v, "networks").keySet()));
        assertEquals(List.of("data"), List.copyOf(map(v, "volumes").keySet()));
        assertEquals(List.of("token", "npmrc"), List.copyOf(map(v, "secrets").keySet()));
        assertEquals(List.of("conf"), List.copyOf(map(v, "configs").keySet()));
    }

    @Test
    void anIncludedProjectsDirectoryIsItsDefaultBuildContext() throws IOException {
        write("inc/compose.yaml", """
                services:
                  tool:
                    build:
                      dockerfile_inline: FROM busybox
                  sidecar:
                    build: {dockerfile: Other.Dockerfile, context: ctx}
                """);
        write("compose.yaml", """
                include:
                  - path: inc/compose.yaml
                    project_directory: elsewhere
                  - other/compose.yaml
                services:
                  web:
                    build: {}
                """);
        write("other/compose.yaml", "services:\n  more:\n    build: {dockerfile_inline: FROM busybox}\n");
        assertEquals(dir.resolve("elsewhere").toString(), map(service("tool"), "build").get("context"));
        assertEquals(dir.resolve("elsewhere/ctx").toString(), map(service("sidecar"), "build").get("context"));
        assertEquals(dir.resolve("other").toString(), map(service("more"), "build").get("context"));
        assertEquals(dir.toString(), map(service("web"), "build").get("context"));
    }

    @Test
    void aServiceDependingOnItselfIsACycle() throws IOException {
        write("compose.yaml", "services:\n  web:\n    image: busybox\n    depends_on: [web]\n");
        assertEquals(List.of("compose.yaml:4:18: services.web.depends_on.web: dependency cycle detected: web -> web"
                + " / a service cannot depend on itself; remove \"web\" from its depends_on"), errors());
    }

    @Test
    void anEmptyContainerNameIsRejected() throws IOException {
        write("compose.yaml", "services:\n  web:\n    image: busybox\n    container_name: \"\"\n");
        assertEquals(List.of("compose.yaml:4:21: services.web.container_name: \"\" is not a valid container name"
                + " (allowed: letters, digits, _ . -, at least two, e.g. web_1)"), errors());
    }

    @Test
    void aPlatformMissingFromBuildPlatformsIsRejected() throws IOException {
        write("compose.yaml", """
                services:
                  web:
                    platform: linux/arm64
                    build:
                      platforms: [linux/amd64, linux/386]
                """);
        assertEquals(List.of("compose.yaml:3:15: services.web.platform: build.platforms must include the service's"
                + " platform \"linux/arm64\" / add \"linux/arm64\" to build.platforms, or change platform to one of"
                + " linux/amd64, linux/386"), errors());
    }

    @Test
    void aProviderServiceNeedsNoImageAndJoinsNoNetwork() throws IOException {
        write("compose.yaml", """
                services:
                  db:
                    provider:
                      type: awesomecloud
                      options: {type: mysql, size: 256}
                  app:
                    image: busybox
                    depends_on: [db]
                """);
        Map<String, Object> db = service("db");
        assertEquals(Map.of("type", "awesomecloud",
                        "options", Map.of("type", List.of("mysql"), "size", List.of("256"))),
                db.get("provider"));
        assertEquals(null, db.get("networks"));
        assertEquals(Map.of("default", java.util.Collections.singletonMap("name", "demo_default")),
                Map.of("default", map(view(), "networks", "default")));
    }

    @Test
    void hookAndWatchExecCommandsGivenAsStringsAreSplitLikeCommand() throws IOException {
        write("compose.yaml", """
                services:
                  web:
                    image: busybox
                    post_start:
                      - command: echo "hello world" done
                        environment: [A=1]
                    pre_stop:
                      - command: ./stop.sh --now
                    develop:
                      watch:
                        - path: src
                          action: sync+exec
                          target: /app
                          exec:
                            command: kill -HUP 1
                """);
        Map<String, Object> web = service("web");
        assertEquals(List.of(Map.of("command", List.of("echo", "hello world", "done"),
                        "environment", Map.of("A", "1"))),
                web.get("post_start"));
        assertEquals(List.of(Map.of("command", List.of("./stop.sh", "--now"))), web.get("pre_stop"));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> watch = (List<Map<String, Object>>) map(web, "develop").get("watch");
        assertEquals(Map.of("command", List.of("kill", "-HUP", "1")), watch.get(0).get("exec"));
    }

    @Test
    void watchPathsAreAbsoluteAndIncludeAndExtensionsAreKept() throws IOException {
        write("compose.yaml", """
                services:
                  web:
                    image: busybox
                    develop:
                      watch:
                        - path: ./src
                          action: sync
                          target: /app
                          include: ["*.js"]
                          ignore: [node_modules/]
                          x-note: {by: me}
                        - path: ~/package.json
                          action: rebuild
                """);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> watch = (List<Map<String, Object>>) map(service("web"), "develop").get("watch");
        assertEquals(dir.resolve("src").toString(), watch.get(0).get("path"));
        assertEquals(List.of("*.js"), watch.get(0).get("include"));
        assertEquals(Map.of("by", "me"), watch.get(0).get("x-note"));
        assertEquals("/home/tester/package.json", watch.get(1).get("path"));
    }

    @Test
    void anOptionalDependencyOnAProfileDisabledServiceIsKept() throws IOException {
        write("compose.yaml", """
                services:
                  web:
                    image: busybox
                    depends_on:
                      debug: {condition: service_started, required: false}
                  debug:
                    image: busybox
                    profiles: [debug]
                """);
        assertEquals(Map.of("debug", Map.of("condition", "service_started", "required", false)),
                service("web").get("depends_on"));
    }

    @Test
    void anOptionalDependencyOnAnUndefinedServiceIsStillAnError() throws IOException {
        write("compose.yaml", """
                services:
                  web:
                    image: busybox
                    depends_on:
                      nope: {condition: service_started, required: false}
                """);
        assertEquals(1, errors().size());
    }
    @Test
    void aRawEnvFileKeepsItsValuesVerbatim() throws IOException {
        write("web.env", "A=\"quoted value\"\nB='single' \n# comment\nC=$HOME\nHOME\nUNSET\n");
        write("compose.yaml", """
                services:
                  web:
                    image: busybox
                    env_file:
                      - path: web.env
                        format: raw
                """);
        assertEquals(Map.of("A", "\"quoted value\"", "B", "'single' ", "C", "$HOME", "HOME", "/home/tester"),
                service("web").get("environment"));
    }

    @Test
    void buildSshKeysAndABindVolumesDeviceAreResolvedAgainstTheProjectDirectory() throws IOException {
        write("compose.yaml", """
                services:
                  web:
                    build:
                      ssh: [default, key=./id_rsa, home=~/.ssh/id]
                    volumes: [data:/data]
                  api:
                    build:
                      ssh: {key: keys/id}
                    volumes: [other:/data]
                volumes:
                  data:
                    driver: local
                    driver_opts: {type: none, o: bind, device: ./data}
                  other:
                    driver_opts: {type: none, o: bind, device: ./other}
                """);
        assertEquals(List.of("default", "key=" + dir.resolve("id_rsa"), "home=/home/tester/.ssh/id"),
                map(service("web"), "build").get("ssh"));
        assertEquals(List.of("key=" + dir.resolve("keys/id")), map(service("api"), "build").get("ssh"));
        assertEquals(dir.resolve("data").toString(), map(view(), "volumes", "data", "driver_opts").get("device"));
        assertEquals("./other", map(view(), "volumes", "other", "driver_opts").get("device"),
                "Compose resolves the device only when the driver is written local");
    }

    @Test
    void modelsArePrintedAndAServiceMayUseOneWithoutOptions() throws IOException {
        write("compose.yaml", """
                services:
                  web:
                    image: busybox
                    models: [llm]
                  api:
                    image: busybox
                    models:
                      emb: {endpoint_var: EMB_URL}
                      llm: null
                models:
                  llm:
                    model: ai/smollm2
                    context_size: 1024
                    runtime_flags: [--a]
                    x-note: kept
                  emb: {model: ai/emb}
                  spare: {model: ai/x}
                """);
        Map<String, Object> v = view();
        assertEquals(java.util.Collections.singletonMap("llm", null), map(v, "services", "web").get("models"));
        Map<String, Object> apiModels = map(v, "services", "api", "models");
        assertEquals(Map.of("endpoint_var", "EMB_URL"), apiModels.get("emb"));
        assertEquals(null, apiModels.get("llm"));
        assertEquals(List.of("llm", "emb"), List.copyOf(map(v, "models").keySet()), "an unused model is left out");
        assertEquals(Map.of("model", "ai/smollm2", "context_size", 1024L, "runtime_flags", List.of("--a"),
                "x-note", "kept"), map(v, "models", "llm"));
    }

    @Test
    void aServiceUsingAnUndefinedModelIsAnError() throws IOException {
        write("compose.yaml", "services:\n  web:\n    image: busybox\n    models: [nope]\n");
        assertEquals(List.of("compose.yaml:4:14: services.web.models.nope: refers to undefined model \"nope\""),
                errors());
    }
    @Test
    void extensionKeysAtTheTopLevelAndOnServicesArePrinted() throws IOException {
        write("compose.yaml", """
                x-common: &common
                  restart: always
                x-empty:
                services:
                  web:
                    <<: *common
                    image: busybox
                    x-owner: {team: core}
                """);
        Map<String, Object> v = view();
        assertEquals(Map.of("restart", "always"), v.get("x-common"));
        assertEquals(true, v.containsKey("x-empty"));
        assertEquals(Map.of("team", "core"), map(v, "services", "web").get("x-owner"));
        assertEquals("always", map(v, "services", "web").get("restart"));
    }

    @Test
    void extensionKeysOfBuildsDevelopAndTopLevelResourcesArePrinted() throws IOException {
        write("s.txt", "x");
        write("compose.yaml", """
                services:
                  web:
                    build: {x-b: 1}
                    develop: {x-d: 2, watch: [{path: ., action: rebuild}]}
                    networks: [front]
                    volumes: [data:/data]
                    secrets: [token]
                    configs: [conf]
                networks: {front: {x-n: 3}}
                volumes: {data: {x-v: 4}}
                secrets: {token: {file: s.txt, x-s: 5}}
                configs: {conf: {file: s.txt, x-c: 6}}
                """);
        Map<String, Object> v = view();
        assertEquals(1L, map(v, "services", "web", "build").get("x-b"));
        assertEquals(2L, map(v, "services", "web", "develop").get("x-d"));
        assertEquals(3L, map(v, "networks", "front").get("x-n"));
        assertEquals(4L, map(v, "volumes", "data").get("x-v"));
        assertEquals(5L, map(v, "secrets", "token").get("x-s"));
        assertEquals(6L, map(v, "configs", "conf").get("x-c"));
    }
    @Test
    void entriesWithoutAValueAreResolvedAsComposeResolvesThem() throws IOException {
        write("compose.yaml", """
                services:
                  web:
                    image: busybox
                    environment: [HOME, NOWHERE]
                    labels: [bare, a=1]
                    sysctls: [net.core.somaxconn]
                    build:
                      args: [HOME, NOWHERE]
                      labels: {bare: null}
                """);
        Map<String, Object> web = service("web");
        Map<String, Object> environment = new java.util.HashMap<>();
        environment.put("HOME", "/home/tester");
        environment.put("NOWHERE", null);
        assertEquals(environment, web.get("environment"), "from the environment; an unset one stays without value");
        assertEquals(Map.of("bare", "", "a", "1"), web.get("labels"));
        assertEquals(Map.of("net.core.somaxconn", ""), web.get("sysctls"));
        assertEquals(Map.of("HOME", "/home/tester"), map(web, "build").get("args"), "an unset build arg is left out");
        assertEquals(Map.of("bare", ""), map(web, "build").get("labels"));
    }

    @Test
    void aTopLevelResourceLabelWithoutAValueIsEmpty() throws IOException {
        write("compose.yaml", """
                services:
                  web: {image: busybox, networks: [front]}
                networks:
                  front:
                    labels: [bare, a=1]
                """);
        assertEquals(Map.of("bare", "", "a", "1"), map(view(), "networks", "front").get("labels"));
    }
    @Test
    void aDeviceRequestForEveryDeviceHasCountMinusOne() throws IOException {
        write("compose.yaml", """
                services:
                  web:
                    image: busybox
                    gpus: all
                    deploy:
                      resources:
                        reservations:
                          devices: [{capabilities: [gpu], count: all}]
                """);
        Map<String, Object> web = service("web");
        assertEquals(List.of(Map.of("count", -1L)), web.get("gpus"));
        assertEquals(List.of(Map.of("capabilities", List.of("gpu"), "count", -1L)),
                map(web, "deploy", "resources", "reservations").get("devices"));
    }
}
