package dev.jcompose.loader;

import dev.jcompose.diag.Diagnostic;
import dev.jcompose.diag.InvalidProjectException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The whole loader on files in a temporary directory: discovery, environment, names, extends, include, profiles. */
class ProjectLoaderTest {

    @TempDir
    Path dir;

    private final Map<String, String> shell = new HashMap<>(Map.of("HOME", "/home/tester"));

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
        return p;
    }

    private LoadResult load(LoadRequest r) {
        return new ProjectLoader().load(r);
    }

    private LoadRequest in(Path cwd) {
        return LoadRequest.in(cwd, shell);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> service(LoadResult r, String name) {
        return (Map<String, Object>) ((Map<String, Object>) r.configView().get("services")).get(name);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> services(LoadResult r) {
        return (Map<String, Object>) r.configView().get("services");
    }

    private static List<String> errors(InvalidProjectException e) {
        return e.diagnostics().stream().filter(Diagnostic::isError).map(Diagnostic::headline).toList();
    }

    @Test
    void findsTheComposeFileInAParentDirectoryWithItsOverride() throws IOException {
        write("proj/compose.yaml", "services:\n  web:\n    image: nginx\n");
        write("proj/compose.override.yaml", "services:\n  web:\n    environment:\n      DEBUG: \"1\"\n");
        Files.createDirectories(dir.resolve("proj/sub/deeper"));
        LoadResult r = load(in(dir.resolve("proj/sub/deeper")));
        assertEquals("proj", r.project().name());
        assertEquals(Map.of("DEBUG", "1"), service(r, "web").get("environment"));
        assertEquals(2, r.project().configFiles().size());
    }

    @Test
    void prefersComposeYamlAndWarnsAboutTheOtherNames() throws IOException {
        write("compose.yaml", "services:\n  a:\n    image: x\n");
        write("docker-compose.yml", "services:\n  b:\n    image: y\n");
        LoadResult r = load(in(dir));
        assertEquals(List.of("a"), List.copyOf(services(r).keySet()));
        assertTrue(r.warnings().stream().anyMatch(w -> w.message().contains("ignoring docker-compose.yml")));
    }

    @Test
    void noComposeFileIsAnErrorThatSaysWhereItLooked() {
        InvalidProjectException e = assertThrows(InvalidProjectException.class, () -> load(in(dir)));
        assertTrue(errors(e).get(0).startsWith("no configuration file provided"));
    }

    @Test
    void mergesSeveralFilesInOrder() throws IOException {
        write("a.yaml", "services:\n  web:\n    image: nginx:1\n    command: [\"a\", \"b\"]\n");
        write("b.yaml", "services:\n  web:\n    image: nginx:2\n    command: c\n");
        LoadResult r = load(in(dir).withFiles(List.of("a.yaml", "b.yaml")));
        assertEquals("nginx:2", service(r, "web").get("image"));
        assertEquals(List.of("c"), service(r, "web").get("command"));
    }

    @Test
    void projectNamePrecedence() throws IOException {
        write("My Project/compose.yaml", "services:\n  web:\n    image: nginx\n");
        Path p = dir.resolve("My Project");
        assertEquals("myproject", load(in(p)).project().name());
        write("My Project/compose.yaml", "name: fromfile\nservices:\n  web:\n    image: nginx\n");
        assertEquals("fromfile", load(in(p)).project().name());
        shell.put("COMPOSE_PROJECT_NAME", "fromenv");
        assertEquals("fromenv", load(in(p)).project().name());
        assertEquals("fromflag", load(in(p).withProjectName("fromflag")).project().name());
    }

    @Test
    void anInvalidProjectNameSaysWhy() throws IOException {
        write("compose.yaml", "services:\n  web:\n    image: nginx\n");
        InvalidProjectException e = assertThrows(InvalidProjectException.class,
                () -> load(in(dir).withProjectName("Bad Name")));
        assertEquals(List.of("-p/--project-name: invalid project name \"Bad Name\": " + ProjectNames.RULE), errors(e));
    }

    @Test
    void anInvalidNameInTheFileIsLocated() throws IOException {
        write("compose.yaml", "name: Upper\nservices:\n  web:\n    image: nginx\n");
        InvalidProjectException e = assertThrows(InvalidProjectException.class, () -> load(in(dir)));
        assertEquals(List.of("compose.yaml:1:7: name: invalid project name \"Upper\": " + ProjectNames.RULE), errors(e));
    }

    @Test
    void shellEnvironmentBeatsEnvFilesWhichReplaceDotEnv() throws IOException {
        write("compose.yaml", "services:\n  web:\n    image: \"nginx:${TAG}\"\n    environment:\n      A: ${A}\n      B: ${B}\n");
        write(".env", "TAG=dotenv\nA=dotenv\nB=dotenv\n");
        write("prod.env", "TAG=prod\nA=prod\n");
        assertEquals("nginx:dotenv", service(load(in(dir)), "web").get("image"));
        LoadResult r = load(in(dir).withEnvFiles(List.of("prod.env")));
        assertEquals("nginx:prod", service(r, "web").get("image"));
        assertEquals("", ((Map<?, ?>) service(r, "web").get("environment")).get("B"));
        assertTrue(r.warnings().stream().anyMatch(w -> w.message().contains("\"B\" variable is not set")));
        shell.put("TAG", "shell");
        assertEquals("nginx:shell", service(load(in(dir).withEnvFiles(List.of("prod.env"))), "web").get("image"));
    }

    @Test
    void aMissingEnvFileNamedOnTheCommandLineIsAnError() throws IOException {
        write("compose.yaml", "services:\n  web:\n    image: nginx\n");
        InvalidProjectException e = assertThrows(InvalidProjectException.class,
                () -> load(in(dir).withEnvFiles(List.of("nope.env"))));
        assertTrue(errors(e).get(0).startsWith("--env-file: env file "), errors(e).toString());
    }

    @Test
    void composeVariablesMayComeFromDotEnv() throws IOException {
        write("base.yaml", "services:\n  web:\n    image: nginx\n  dbg:\n    image: busybox\n    profiles: [debug]\n");
        write("extra.yaml", "services:\n  web:\n    hostname: extra\n");
        write(".env", "COMPOSE_FILE=base.yaml;extra.yaml\nCOMPOSE_PATH_SEPARATOR=;\nCOMPOSE_PROJECT_NAME=envproj\nCOMPOSE_PROFILES=debug\n");
        LoadResult r = load(in(dir));
        assertEquals("envproj", r.project().name());
        assertEquals("extra", service(r, "web").get("hostname"));
        assertTrue(services(r).containsKey("dbg"));
    }

    @Test
    void profilesEnableServicesAndADisabledDependencyIsAnError() throws IOException {
        write("compose.yaml", """
                services:
                  web:
                    image: nginx
                    depends_on: [db]
                  db:
                    image: postgres
                    profiles: [data]
                  tools:
                    image: busybox
                    profiles: [tools, debug]
                """);
        LoadResult all = load(in(dir).withProfiles(List.of("*")));
        assertEquals(List.of("web", "db", "tools"), List.copyOf(services(all).keySet()));
        assertEquals(java.util.Set.of("data", "debug", "tools"), all.allProfiles());
        LoadResult data = load(in(dir).withProfiles(List.of("data")));
        assertEquals(List.of("web", "db"), List.copyOf(services(data).keySet()));
        InvalidProjectException e = assertThrows(InvalidProjectException.class, () -> load(in(dir)));
        assertEquals(List.of("compose.yaml:4:18: services.web.depends_on.db: service \"web\" needs service \"db\","
                + " which is not enabled by any active profile"), errors(e));
        assertEquals("enable it with --profile data", e.diagnostics().get(0).hint());
    }

    @Test
    void anUndefinedDependencyIsReportedWithTheOtherErrors() throws IOException {
        write("compose.yaml", """
                services:
                  web:
                    image: busybox
                    depends_on: [db]
                    ports: ["80800:80"]
                  api:
                    image: busybox
                    enviroment: {A: "1"}
                    depends_on:
                      web: {condition: service_started}
                      cahce: {condition: service_started}
                """);
        write("compose.override.yaml", "services:\n  cache:\n    image: busybox\n");
        InvalidProjectException e = assertThrows(InvalidProjectException.class, () -> load(in(dir)));
        List<String> located = e.diagnostics().stream().filter(Diagnostic::isError)
                .map(d -> d.location().line() + ":" + d.location().column() + " " + d.path() + ": " + d.message())
                .toList();
        assertTrue(located.contains("4:18 services.web.depends_on.db: refers to undefined service \"db\""), located.toString());
        assertTrue(located.contains("11:7 services.api.depends_on.cahce: refers to undefined service \"cahce\""),
                located.toString());
        assertEquals(4, located.size(), located.toString());
        assertEquals("did you mean `cache`?", e.diagnostics().stream()
                .filter(d -> d.message().contains("cahce")).findFirst().orElseThrow().hint());
    }

    @Test
    void servicesLeftOutByProfilesAreKeptAsDisabled() throws IOException {
        write("compose.yaml", """
                services:
                  web:
                    image: nginx
                  monitor:
                    image: busybox
                    profiles: [debug]
                    stop_grace_period: 3s
                """);
        var project = load(in(dir)).project();
        assertEquals(List.of("web"), project.serviceNames());
        assertEquals(List.of("monitor"), List.copyOf(project.disabledServices().keySet()));
        assertEquals(java.time.Duration.ofSeconds(3),
                project.disabledServices().get("monitor").stopGracePeriod());
        assertEquals(List.of("web", "monitor"), project.withEveryProfile().serviceNames());
        assertEquals(List.of(), List.copyOf(load(in(dir).withProfiles(List.of("debug"))).project()
                .disabledServices().keySet()));
    }

    @Test
    void extendsWorksInTheSameFileAcrossFilesAndChained() throws IOException {
        write("common/base.yaml", """
                services:
                  base:
                    image: busybox
                    environment:
                      FROM_BASE: "1"
                    volumes:
                      - ./data:/data
                """);
        write("compose.yaml", """
                services:
                  mid:
                    extends:
                      file: common/base.yaml
                      service: base
                    environment:
                      FROM_MID: "1"
                  web:
                    extends: mid
                    environment:
                      FROM_WEB: "1"
                """);
        LoadResult r = load(in(dir));
        Map<String, Object> web = service(r, "web");
        assertEquals(Map.of("FROM_BASE", "1", "FROM_MID", "1", "FROM_WEB", "1"), web.get("environment"));
        assertEquals("busybox", web.get("image"));
        @SuppressWarnings("unchecked")
        Map<String, Object> vol = ((List<Map<String, Object>>) web.get("volumes")).get(0);
        assertEquals(dir.resolve("common/data").toString(), vol.get("source"),
                "relative paths of an extended file resolve against that file's directory");
        assertFalse(web.containsKey("extends"));
    }

    @Test
    void extendsCyclesAreReportedAsAPath() throws IOException {
        write("compose.yaml", """
                services:
                  a:
                    extends: b
                  b:
                    extends: a
                """);
        InvalidProjectException e = assertThrows(InvalidProjectException.class, () -> load(in(dir)));
        assertTrue(errors(e).stream().anyMatch(m -> m.contains("circular extends: ")), errors(e).toString());
    }

    @Test
    void extendingAMissingServiceSuggestsTheClosestName() throws IOException {
        write("compose.yaml", "services:\n  base:\n    image: x\n  web:\n    extends: bsae\n");
        InvalidProjectException e = assertThrows(InvalidProjectException.class, () -> load(in(dir)));
        assertEquals(List.of("compose.yaml:5:14: services.web.extends: cannot extend service \"bsae\": no such service"),
                errors(e));
        assertEquals("did you mean `base`?", e.diagnostics().get(0).hint());
    }

    @Test
    void includeLoadsAProjectWithItsOwnDirectoryAndEnv() throws IOException {
        write("lib/compose.yaml", """
                services:
                  db:
                    image: "postgres:${PG}"
                    volumes:
                      - ./init:/docker-entrypoint-initdb.d
                      - data:/var/lib/postgresql/data
                volumes:
                  data: {}
                """);
        write("lib/.env", "PG=16\n");
        write("compose.yaml", """
                include:
                  - lib/compose.yaml
                services:
                  web:
                    image: nginx
                    depends_on: [db]
                """);
        LoadResult r = load(in(dir));
        assertEquals("postgres:16", service(r, "db").get("image"));
        @SuppressWarnings("unchecked")
        Map<String, Object> vol = ((List<Map<String, Object>>) service(r, "db").get("volumes")).get(0);
        assertEquals(dir.resolve("lib/init").toString(), vol.get("source"));
        assertTrue(((Map<?, ?>) r.configView().get("volumes")).containsKey("data"));
    }

    @Test
    void anIncludedServiceThatClashesIsAnError() throws IOException {
        write("lib/compose.yaml", "services:\n  web:\n    image: other\n");
        write("compose.yaml", "include:\n  - lib/compose.yaml\nservices:\n  web:\n    image: nginx\n");
        InvalidProjectException e = assertThrows(InvalidProjectException.class, () -> load(in(dir)));
        assertTrue(errors(e).get(0).startsWith("compose.yaml:2:5: include[0]: included file lib/compose.yaml defines"
                + " service \"web\" which is already defined"), errors(e).toString());
    }

    @Test
    void readsStandardInputForDash() {
        LoadResult r = load(in(dir).withFiles(List.of("-"))
                .withStdin(() -> "services:\n  web:\n    image: from-stdin\n"));
        assertEquals("from-stdin", service(r, "web").get("image"));
    }

    @Test
    void noInterpolationKeepsVariablesAsWritten() throws IOException {
        write("compose.yaml", "services:\n  web:\n    image: \"nginx:${TAG:-latest}\"\n");
        assertEquals("nginx:${TAG:-latest}", service(load(in(dir).withInterpolation(false)), "web").get("image"));
        assertEquals("nginx:latest", service(load(in(dir)), "web").get("image"));
    }

    @Test
    void findsADockerrunFileWhenThereIsNoComposeFile() throws IOException {
        write("Dockerrun.aws.json", """
                {"AWSEBDockerrunVersion": 2, "containerDefinitions": [
                  {"name": "web", "image": "nginx", "memory": 128, "portMappings": [{"hostPort": 8080, "containerPort": 80}]}
                ]}
                """);
        LoadResult r = load(in(dir));
        assertEquals("nginx", service(r, "web").get("image"));
    }

    @Test
    void allProblemsOfAllFilesAreReportedTogetherSorted() throws IOException {
        write("a.yaml", "services:\n  web:\n    image: nginx\n    restart: sometimes\n");
        write("b.yaml", "services:\n  web:\n    privileged: [1]\n");
        InvalidProjectException e = assertThrows(InvalidProjectException.class,
                () -> load(in(dir).withFiles(List.of("a.yaml", "b.yaml"))));
        List<String> errs = errors(e);
        assertEquals(2, errs.size(), errs.toString());
        assertTrue(errs.get(0).startsWith("a.yaml:4:14: services.web.restart: "), errs.toString());
        assertTrue(errs.get(1).startsWith("b.yaml:3:17: services.web.privileged: "), errs.toString());
    }

    @Test
    void aSchemaErrorIsReportedOnceNotAgainByLaterStages() throws IOException {
        write("compose.yaml", "services:\n  web:\n    image: nginx\n    ports:\n      - \"80800:80\"\n");
        InvalidProjectException e = assertThrows(InvalidProjectException.class, () -> load(in(dir)));
        assertEquals(List.of("compose.yaml:5:9: services.web.ports[0]: \"80800\" is not a valid port (1-65535)"),
                errors(e));
    }

    @Test
    void semanticProblemsAreReportedWithLocations() throws IOException {
        write("compose.yaml", """
                services:
                  web:
                    image: nginx
                    depends_on: [db, cache]
                    ports: ["8080:80"]
                  db:
                    image: postgres
                    ports: ["8080:81"]
                """);
        InvalidProjectException e = assertThrows(InvalidProjectException.class, () -> load(in(dir)));
        List<String> errs = errors(e);
        assertEquals(2, errs.size(), errs.toString());
        assertTrue(errs.get(0).startsWith("compose.yaml:4:22: services.web.depends_on.cache: "), errs.toString());
        assertTrue(errs.get(1).startsWith("compose.yaml:8:13: services.db.ports[0]: "), errs.toString());
    }

    @Test
    void variablesAreListedAsWrittenInEveryFileWithoutInterpolatingOrValidating() throws IOException {
        write("compose.yaml", """
                services:
                  web:
                    image: ${IMAGE:-nginx}:${TAG}
                    ports: ["${PORT:?port needed}:80"]
                    environment:
                      PRICE: $$5
                      EXTRA: ${EXTRA:+on}
                """);
        write("compose.override.yaml", "services:\n  web:\n    environment:\n      MODE: ${MODE-dev}\n"
                + "      TAG_AGAIN: ${TAG?tag needed}\n");
        Map<String, dev.jcompose.loader.interpolate.Variables.Variable> variables = new ProjectLoader().variables(in(dir));
        assertEquals(List.of("EXTRA", "IMAGE", "MODE", "PORT", "TAG"), List.copyOf(variables.keySet()));
        assertEquals(new dev.jcompose.loader.interpolate.Variables.Variable("IMAGE", false, "nginx", ""),
                variables.get("IMAGE"));
        assertEquals(new dev.jcompose.loader.interpolate.Variables.Variable("EXTRA", false, "", "on"),
                variables.get("EXTRA"));
        assertEquals(new dev.jcompose.loader.interpolate.Variables.Variable("MODE", false, "dev", ""),
                variables.get("MODE"));
        assertTrue(variables.get("PORT").required(), "PORT has no value, and is listed all the same");
        assertTrue(variables.get("TAG").required(), "required in one of its uses");
    }
}
