package dev.jcompose.plan;

import dev.jcompose.engine.ContainerSpec;
import dev.jcompose.engine.MountSpec;
import dev.jcompose.engine.MountType;
import dev.jcompose.engine.NetworkAttachmentSpec;
import dev.jcompose.engine.PortSpec;
import dev.jcompose.engine.RestartPolicy;
import dev.jcompose.model.Project;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static dev.jcompose.plan.Fixtures.load;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ContainerSpecFactoryTest {

    @TempDir
    Path dir;

    private ContainerSpec spec(String serviceYaml) {
        Project p = load(dir, "services:\n  web:\n" + serviceYaml.indent(4));
        return ContainerSpecFactory.create(p, p.service("web"), 2, "h4sh", "nginx:1");
    }

    @Test
    void namesAndLabelsFollowDockerCompose() {
        Project p = load(dir, """
                services:
                  web:
                    image: nginx
                    labels: {team: a}
                    depends_on:
                      db: {condition: service_healthy, restart: true}
                  db:
                    image: postgres
                """);
        ContainerSpec s = ContainerSpecFactory.create(p, p.service("web"), 2, "h4sh", "nginx", "sha256:1");
        assertEquals("demo-web-2", s.name());
        assertEquals("a", s.labels().get("team"));
        assertEquals("demo", s.labels().get("com.docker.compose.project"));
        assertEquals("web", s.labels().get("com.docker.compose.service"));
        assertEquals("2", s.labels().get("com.docker.compose.container-number"));
        assertEquals("False", s.labels().get("com.docker.compose.oneoff"));
        assertEquals("h4sh", s.labels().get("com.docker.compose.config-hash"));
        assertEquals("h4sh", s.labels().get("dev.jcompose.config-hash"));
        assertEquals("sha256:1", s.labels().get("com.docker.compose.image"));
        assertEquals(dir.toString(), s.labels().get("com.docker.compose.project.working_dir"));
        assertTrue(s.labels().get("com.docker.compose.project.config_files").endsWith("compose.yaml"));
        assertEquals("db:service_healthy:true", s.labels().get("com.docker.compose.depends_on"));
    }

    @Test
    void linksAndVolumesFromPointAtTheOtherServicesFirstContainer() {
        Project p = load(dir, """
                services:
                  web:
                    image: nginx
                    links: [db, "cache:kv"]
                    volumes_from: [data, "logs:ro", "container:external-one"]
                  db: {image: postgres}
                  cache: {image: redis}
                  data: {image: busybox}
                  logs: {image: busybox}
                """);
        ContainerSpec s = ContainerSpecFactory.create(p, p.service("web"), 1, "h", "nginx");
        String n = p.name();
        assertEquals(List.of(n + "-db-1:db", n + "-cache-1:kv"), s.links());
        assertEquals(List.of(n + "-data-1", n + "-logs-1:ro", "external-one"), s.volumesFrom());
    }

    @Test
    void shortSyntaxBindsCreateTheirSourceAndLongOnesDoNot() {
        ContainerSpec s = spec("""
                image: nginx
                volumes:
                  - ./short:/a
                  - type: bind
                    source: ./long
                    target: /b
                """);
        assertTrue(s.mounts().get(0).createHostPath(), "./short:/a creates ./short like docker run -v");
        assertFalse(s.mounts().get(1).createHostPath(), "the long syntax needs the source to exist");
    }

    @Test
    void containerNameWins() {
        assertEquals("front", spec("image: nginx\ncontainer_name: front\n").name());
    }

    @Test
    void environmentCommandAndProcessSettings() {
        ContainerSpec s = spec("""
                image: nginx
                environment: {A: "1", UNSET: null}
                command: ["run", "fast"]
                working_dir: /app
                user: "1000"
                hostname: h
                domainname: example.org
                tty: true
                stdin_open: true
                init: true
                stop_signal: SIGINT
                stop_grace_period: 30s
                """);
        assertEquals(java.util.Map.of("A", "1"), s.env());
        assertEquals(List.of("run", "fast"), s.cmd());
        assertNull(s.entrypoint());
        assertEquals("/app", s.workingDir());
        assertEquals("1000", s.user());
        assertEquals("h", s.hostname());
        assertEquals("example.org", s.domainname());
        assertTrue(s.tty() && s.stdinOpen());
        assertEquals(Boolean.TRUE, s.init());
        assertEquals("SIGINT", s.stopSignal());
        assertEquals(Duration.ofSeconds(30), s.stopTimeout());
    }

    @Test
    void portsInEverySyntax() {
        ContainerSpec s = spec("""
                image: nginx
                ports:
                  - "80"
                  - "8080:80"
                  - "127.0.0.1:9000-9001:9000-9001/udp"
                expose: ["3000", "4000-4001/udp"]
                """);
        assertTrue(s.ports().contains(new PortSpec(80, "tcp", null, "")));
        assertTrue(s.ports().contains(new PortSpec(80, "tcp", null, "8080")));
        assertTrue(s.ports().contains(new PortSpec(9001, "udp", "127.0.0.1", "9001")), s.ports().toString());
        assertTrue(s.ports().contains(PortSpec.exposed(3000)));
        assertTrue(s.ports().contains(new PortSpec(4001, "udp", null, null)));
    }

    @Test
    void mountsSecretsAndConfigs() throws Exception {
        Files.writeString(dir.resolve("pw.txt"), "s3cret");
        Files.writeString(dir.resolve("app.conf"), "x=1");
        Project p = load(dir, """
                services:
                  web:
                    image: nginx
                    volumes:
                      - data:/data
                      - /cache
                      - ./src:/src:ro
                      - {type: tmpfs, target: /tmp, tmpfs: {size: 1024}}
                    secrets: [pw, {source: pw, target: other}]
                    configs: [app, {source: app, target: /etc/app.conf}]
                volumes:
                  data: {}
                secrets:
                  pw: {file: ./pw.txt}
                configs:
                  app: {file: ./app.conf}
                """);
        List<MountSpec> m = ContainerSpecFactory.create(p, p.service("web"), 1, "h", "nginx").mounts();
        assertEquals(MountSpec.volume("demo_data", "/data", false), m.get(0));
        assertEquals(MountSpec.volume(null, "/cache", false), m.get(1));
        assertEquals(new MountSpec(MountType.BIND, dir.resolve("src").toString(), "/src", true, null, false, null,
                null).creatingHostPath(), m.get(2));
        assertEquals(MountSpec.tmpfs("/tmp", 1024L), m.get(3));
        String pw = dir.resolve("pw.txt").toString();
        assertEquals(MountSpec.bind(pw, "/run/secrets/pw", true), m.get(4));
        assertEquals(MountSpec.bind(pw, "/run/secrets/other", true), m.get(5));
        String conf = dir.resolve("app.conf").toString();
        assertEquals(MountSpec.bind(conf, "/app", true), m.get(6));
        assertEquals(MountSpec.bind(conf, "/etc/app.conf", true), m.get(7));
    }

    @Test
    void networksWithAliasesAndAddresses() {
        Project p = load(dir, """
                services:
                  web:
                    image: nginx
                    networks:
                      front: {aliases: [www], ipv4_address: 172.30.0.5}
                      default: {}
                  side:
                    image: nginx
                    network_mode: service:web
                networks:
                  front: {}
                """);
        ContainerSpec web = ContainerSpecFactory.create(p, p.service("web"), 1, "h", "nginx");
        assertEquals(new NetworkAttachmentSpec(List.of("web", "www"), "172.30.0.5", null),
                web.networks().get("demo_front"));
        assertEquals(NetworkAttachmentSpec.withAliases("web"), web.networks().get("demo_default"));
        ContainerSpec side = ContainerSpecFactory.create(p, p.service("side"), 1, "h", "nginx");
        assertEquals("container:demo-web-1", side.networkMode());
        assertTrue(side.networks().isEmpty());
    }

    @Test
    void resourcesPreferDeploy() {
        ContainerSpec s = spec("""
                image: nginx
                mem_limit: 64m
                mem_reservation: 32m
                cpus: 2
                cpu_shares: 512
                deploy:
                  resources:
                    limits: {memory: 128m}
                """);
        assertEquals(128L * 1024 * 1024, s.resources().memoryBytes());
        assertEquals(32L * 1024 * 1024, s.resources().memoryReservationBytes());
        assertEquals(2_000_000_000L, s.resources().nanoCpus());
        assertEquals(512, s.resources().cpuShares());
    }

    @Test
    void restartHealthcheckAndHostSettings() {
        ContainerSpec s = spec("""
                image: nginx
                restart: on-failure:3
                healthcheck:
                  test: curl -f localhost
                  interval: 5s
                  retries: 2
                extra_hosts: ["db:10.0.0.2"]
                dns: [1.1.1.1]
                dns_search: [example.org]
                dns_opt: [ndots:1]
                cap_add: [NET_ADMIN]
                cap_drop: [ALL]
                privileged: true
                ulimits: {nofile: {soft: 10, hard: 20}}
                tmpfs: ["/run:size=1k"]
                shm_size: 1m
                logging: {driver: json-file, options: {max-size: 1m}}
                security_opt: [no-new-privileges]
                sysctls: {net.core.somaxconn: "1024"}
                read_only: true
                pid: host
                ipc: shareable
                group_add: [audio]
                """);
        assertEquals(new RestartPolicy("on-failure", 3), s.restartPolicy());
        assertEquals(List.of("CMD-SHELL", "curl -f localhost"), s.healthcheck().test());
        assertEquals(Duration.ofSeconds(5), s.healthcheck().interval());
        assertEquals(2, s.healthcheck().retries());
        assertEquals(List.of("db:10.0.0.2"), s.extraHosts());
        assertEquals(List.of("1.1.1.1"), s.dns());
        assertEquals(List.of("example.org"), s.dnsSearch());
        assertEquals(List.of("ndots:1"), s.dnsOptions());
        assertEquals(List.of("NET_ADMIN"), s.capAdd());
        assertEquals(List.of("ALL"), s.capDrop());
        assertTrue(s.privileged() && s.readOnlyRootfs());
        assertEquals(List.of(new dev.jcompose.engine.Ulimit("nofile", 10, 20)), s.ulimits());
        assertEquals("size=1k", s.tmpfs().get("/run"));
        assertEquals(1024L * 1024, s.shmSizeBytes());
        assertEquals("json-file", s.logConfig().driver());
        assertEquals(List.of("no-new-privileges"), s.securityOpt());
        assertEquals("1024", s.sysctls().get("net.core.somaxconn"));
        assertEquals("host", s.pidMode());
        assertEquals("shareable", s.ipcMode());
        assertEquals(List.of("audio"), s.groupAdd());
    }

    @Test
    void noRestartAndNoHealthcheckByDefault() {
        ContainerSpec s = spec("image: nginx\n");
        assertEquals(RestartPolicy.NO, s.restartPolicy());
        assertEquals(new RestartPolicy("no", 0), spec("image: nginx\nrestart: \"no\"\n").restartPolicy());
        assertNull(s.healthcheck());
        assertFalse(s.privileged());
    }
}
