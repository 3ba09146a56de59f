package dev.jcompose.loader.validate;

import dev.jcompose.diag.DiagnosticFormatter;
import dev.jcompose.diag.Diagnostics;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Each document has known problems; the exact headlines (and hints) are asserted, all at once, in order. */
class InvalidDocumentsTest {

    // ---- structure and unknown attributes

    @Test
    void unknownServiceAttributeIsReportedAtTheKeyWithAHint() {
        assertProblems("""
                services:
                  web:
                    image: nginx
                    enviroment: {A: b}
                """,
                "compose.yaml:4:5: services.web.enviroment: unknown attribute\n  hint: did you mean `environment`?");
    }

    @Test
    void unknownTopLevelAttribute() {
        assertProblems("""
                service:
                  web: {image: nginx}
                """,
                "compose.yaml:1:1: service: unknown attribute\n  hint: did you mean `services`?");
    }

    @Test
    void unknownAttributeWithoutAnyCloseMatchHasNoHint() {
        assertProblems("""
                services:
                  web:
                    zzzzzzzz: 1
                """,
                "compose.yaml:3:5: services.web.zzzzzzzz: unknown attribute");
    }

    @Test
    void extensionsAreNotAllowedWhereTheSpecificationClosesTheObject() {
        assertProblems("""
                services:
                  web:
                    extends: {service: base, x-note: here}
                """,
                "compose.yaml:3:30: services.web.extends.x-note: unknown attribute");
    }

    @Test
    void unknownAttributesDeepInsideDeploy() {
        assertProblems("""
                services:
                  web:
                    deploy:
                      resources:
                        limit: {cpus: "1"}
                      restart_policy: {conditon: any}
                """,
                "compose.yaml:5:9: services.web.deploy.resources.limit: unknown attribute\n  hint: did you mean `limits`?",
                "compose.yaml:6:24: services.web.deploy.restart_policy.conditon: unknown attribute\n"
                        + "  hint: did you mean `condition`?");
    }

    @Test
    void nullServiceIsNotAMapping() {
        assertProblems("""
                services:
                  web:
                  db: {image: postgres}
                """,
                "compose.yaml:2:7: services.web: must be a mapping, got null");
    }

    @Test
    void servicesMustBeAMapping() {
        assertProblems("""
                services:
                  - web
                """,
                "compose.yaml:2:3: services: must be a mapping, got sequence");
    }

    @Test
    void invalidServiceAndNetworkNames() {
        assertProblems("""
                services:
                  "my web": {image: nginx}
                networks:
                  "front/end": {}
                """,
                "compose.yaml:2:3: services.my web: \"my web\" is not a valid service name "
                        + "(allowed characters: a-z, A-Z, 0-9, \".\", \"_\", \"-\")",
                "compose.yaml:4:3: networks.front/end: \"front/end\" is not a valid network name "
                        + "(allowed characters: a-z, A-Z, 0-9, \".\", \"_\", \"-\")");
    }

    @Test
    void everyProblemIsCollected() {
        assertProblems("""
                services:
                  web:
                    privileged: [yes]
                    tty: maybe
                    ports: ["80800:80"]
                    restart: sometimes
                  db:
                    imgae: postgres
                """,
                "compose.yaml:3:17: services.web.privileged: must be a boolean, got sequence",
                "compose.yaml:4:10: services.web.tty: must be a boolean, got \"maybe\"",
                "compose.yaml:5:13: services.web.ports[0]: \"80800\" is not a valid port (1-65535)",
                "compose.yaml:6:14: services.web.restart: \"sometimes\" is not a valid restart policy "
                        + "(allowed: no, always, on-failure[:N], unless-stopped)",
                "compose.yaml:8:5: services.db.imgae: unknown attribute\n  hint: did you mean `image`?");
    }

    // ---- types

    @Test
    void stringAttributeGivenANumber() {
        assertProblems("""
                services:
                  web:
                    image: 42
                """,
                "compose.yaml:3:12: services.web.image: must be a string, got number");
    }

    @Test
    void integerThatDoesNotConvert() {
        assertProblems("""
                services:
                  web:
                    scale: "two"
                    pids_limit: 1.5
                """,
                "compose.yaml:3:12: services.web.scale: must be an integer, got \"two\"",
                "compose.yaml:4:17: services.web.pids_limit: must be an integer, got number");
    }

    @Test
    void numberThatDoesNotConvert() {
        assertProblems("""
                services:
                  web:
                    cpus: "half"
                """,
                "compose.yaml:3:11: services.web.cpus: must be a number, got \"half\"");
    }

    @Test
    void integerOutOfRange() {
        assertProblems("""
                services:
                  web:
                    oom_score_adj: 2000
                    cpu_percent: -1
                """,
                "compose.yaml:3:20: services.web.oom_score_adj: must be between -1000 and 1000, got 2000",
                "compose.yaml:4:18: services.web.cpu_percent: must be between 0 and 100, got -1");
    }

    @Test
    void enumValueNotAllowed() {
        assertProblems("""
                services:
                  web:
                    pull_policy: sometimes
                    cgroup: shared
                """,
                "compose.yaml:3:18: services.web.pull_policy: \"sometimes\" is not allowed (allowed: always, never, "
                        + "missing, build, if_not_present, refresh, daily, weekly, every_<duration>)",
                "compose.yaml:4:13: services.web.cgroup: \"shared\" is not allowed (allowed: host, private)");
    }

    @Test
    void pullPolicyEveryNeedsADuration() {
        assertProblems("""
                services:
                  web:
                    pull_policy: every_day
                """,
                "compose.yaml:3:18: services.web.pull_policy: \"every_day\" is not allowed (allowed: always, never, "
                        + "missing, build, if_not_present, refresh, daily, weekly, every_<duration>)");
    }

    @Test
    void oneOfNamesEveryAlternative() {
        assertProblems("""
                services:
                  web:
                    env_file: {path: a.env}
                    command: {run: x}
                    environment: "A=b"
                """,
                "compose.yaml:3:15: services.web.env_file: must be a string or a list, got mapping",
                "compose.yaml:4:14: services.web.command: must be a string, a list or null, got mapping",
                "compose.yaml:5:18: services.web.environment: must be a mapping or a list, got string");
    }

    @Test
    void environmentValuesMustBeScalars() {
        assertProblems("""
                services:
                  web:
                    environment:
                      GOOD: 1
                      NESTED: {a: b}
                      LIST: [a, b]
                """,
                "compose.yaml:5:15: services.web.environment.NESTED: must be a string, a number, a boolean or null, "
                        + "got mapping",
                "compose.yaml:6:13: services.web.environment.LIST: must be a string, a number, a boolean or null, "
                        + "got sequence");
    }

    @Test
    void listItemsMustBeStringsAndDistinct() {
        assertProblems("""
                services:
                  web:
                    cap_add: [NET_ADMIN, 7, NET_ADMIN]
                """,
                "compose.yaml:3:26: services.web.cap_add[1]: must be a string, got number",
                "compose.yaml:3:29: services.web.cap_add[2]: duplicate entry \"NET_ADMIN\"");
    }

    @Test
    void requiredAttributesAreReportedAtTheirMapping() {
        assertProblems("""
                services:
                  web:
                    depends_on:
                      db: {required: true}
                    extends: {file: base.yaml}
                    volumes:
                      - source: data
                        target: /data
                """,
                "compose.yaml:4:11: services.web.depends_on.db: missing required attribute \"condition\"",
                "compose.yaml:5:14: services.web.extends: missing required attribute \"service\"",
                "compose.yaml:7:9: services.web.volumes[0]: missing required attribute \"type\"");
    }

    @Test
    void dependsOnConditionMustBeKnown() {
        assertProblems("""
                services:
                  web:
                    depends_on:
                      db:
                        condition: service_ready
                """,
                "compose.yaml:5:20: services.web.depends_on.db.condition: \"service_ready\" is not allowed "
                        + "(allowed: service_started, service_healthy, service_completed_successfully)");
    }

    @Test
    void dependsOnListMustHoldNames() {
        assertProblems("""
                services:
                  web:
                    depends_on: [db, {cache: x}]
                """,
                "compose.yaml:3:22: services.web.depends_on[1]: must be a string, got mapping");
    }

    // ---- ports

    @Test
    void portOutOfRange() {
        assertProblems("""
                services:
                  web:
                    ports:
                      - "80800:80"
                      - 0
                      - "8080:70000"
                """,
                "compose.yaml:4:9: services.web.ports[0]: \"80800\" is not a valid port (1-65535)",
                "compose.yaml:5:9: services.web.ports[1]: \"0\" is not a valid port (1-65535)",
                "compose.yaml:6:9: services.web.ports[2]: \"70000\" is not a valid port (1-65535)");
    }

    @Test
    void portRangesMustHaveTheSameLengthAndBeOrdered() {
        assertProblems("""
                services:
                  web:
                    ports: ["8000-8010:80-85", "90-80:90-80"]
                """,
                "compose.yaml:3:13: services.web.ports[0]: \"8000-8010:80-85\": published and target port ranges "
                        + "must have the same length",
                "compose.yaml:3:32: services.web.ports[1]: \"90-80\" is not a valid port range");
    }

    @Test
    void portProtocolAndHostIp() {
        assertProblems("""
                services:
                  web:
                    ports:
                      - "80:80/http"
                      - "localhost:80:80"
                      - "300.1.1.1:81:81"
                      - "a:b:c"
                      - "[::1:80:80"
                """,
                "compose.yaml:4:9: services.web.ports[0]: \"http\" is not a valid protocol (allowed: tcp, udp, sctp)",
                "compose.yaml:5:9: services.web.ports[1]: \"localhost\" is not a valid host IP",
                "compose.yaml:6:9: services.web.ports[2]: \"300.1.1.1\" is not a valid host IP",
                "compose.yaml:7:9: services.web.ports[3]: \"a\" is not a valid host IP",
                "compose.yaml:8:9: services.web.ports[4]: \"[::1:80:80\" is not a valid port mapping "
                        + "(expected [host_ip:][published:]target[/protocol])");
    }

    @Test
    void longPortSyntax() {
        assertProblems("""
                services:
                  web:
                    ports:
                      - target: 99999
                        published: "8000-7000"
                        protocol: icmp
                        mode: swarm
                        host: 0.0.0.0
                """,
                "compose.yaml:4:17: services.web.ports[0].target: \"99999\" is not a valid port (1-65535)",
                "compose.yaml:5:20: services.web.ports[0].published: \"8000-7000\" is not a valid port range",
                "compose.yaml:6:19: services.web.ports[0].protocol: \"icmp\" is not a valid protocol "
                        + "(allowed: tcp, udp, sctp)",
                "compose.yaml:7:15: services.web.ports[0].mode: \"swarm\" is not allowed (allowed: host, ingress)",
                "compose.yaml:8:9: services.web.ports[0].host: unknown attribute");
    }

    @Test
    void exposeEntries() {
        assertProblems("""
                services:
                  web:
                    expose: ["3000/tcpx", "abc", 3000]
                """,
                "compose.yaml:3:14: services.web.expose[0]: \"tcpx\" is not a valid protocol (allowed: tcp, udp, sctp)",
                "compose.yaml:3:27: services.web.expose[1]: \"abc\" is not a valid port (1-65535)");
    }

    // ---- volumes

    @Test
    void volumeShortSyntax() {
        assertProblems("""
                services:
                  web:
                    volumes:
                      - ./data:data
                      - data:/data:rx
                      - data:/b:ro:extra
                      - :/data
                      - relative
                """,
                "compose.yaml:4:9: services.web.volumes[0]: \"data\" is not an absolute container path",
                "compose.yaml:5:9: services.web.volumes[1]: \"rx\" is not a valid volume mode (allowed: ro, rw, z, Z, "
                        + "cached, delegated, consistent, nocopy, shared, slave, private, rshared, rslave, rprivate)",
                "compose.yaml:6:9: services.web.volumes[2]: \"data:/b:ro:extra\" is not a valid volume "
                        + "(expected [source:]target[:mode])",
                "compose.yaml:7:9: services.web.volumes[3]: \":/data\" is not a valid volume (empty source)",
                "compose.yaml:8:9: services.web.volumes[4]: \"relative\" is not an absolute container path");
    }

    @Test
    void volumeLongSyntax() {
        assertProblems("""
                services:
                  web:
                    volumes:
                      - type: mount
                        target: data
                        bind: {propagation: shared, selinux: x}
                        read_only: sometimes
                """,
                "compose.yaml:4:15: services.web.volumes[0].type: \"mount\" is not allowed "
                        + "(allowed: bind, volume, tmpfs, cluster, npipe, image)",
                "compose.yaml:5:17: services.web.volumes[0].target: \"data\" is not an absolute container path",
                "compose.yaml:6:46: services.web.volumes[0].bind.selinux: \"x\" is not allowed (allowed: z, Z)",
                "compose.yaml:7:20: services.web.volumes[0].read_only: must be a boolean, got \"sometimes\"");
    }

    @Test
    void tmpfsMountPointsMustBeAbsolute() {
        assertProblems("""
                services:
                  web:
                    tmpfs: ["run:size=1m", /tmp]
                """,
                "compose.yaml:3:13: services.web.tmpfs[0]: \"run\" is not an absolute container path");
    }

    // ---- durations, byte sizes, policies

    @Test
    void durations() {
        assertProblems("""
                services:
                  web:
                    stop_grace_period: 10
                    healthcheck:
                      interval: 10 seconds
                      timeout: 1m30
                      start_period: 5s
                """,
                "compose.yaml:3:24: services.web.stop_grace_period: must be a duration like 10s or 1m30s, got number",
                "compose.yaml:5:17: services.web.healthcheck.interval: must be a duration like 10s or 1m30s, "
                        + "got \"10 seconds\"",
                "compose.yaml:6:16: services.web.healthcheck.timeout: must be a duration like 10s or 1m30s, "
                        + "got \"1m30\"");
    }

    @Test
    void byteSizes() {
        assertProblems("""
                services:
                  web:
                    mem_limit: lots
                    shm_size: 1.5.3g
                    deploy:
                      resources:
                        limits: {memory: 2x}
                """,
                "compose.yaml:3:16: services.web.mem_limit: must be a byte size like 512m or 1g, got \"lots\"",
                "compose.yaml:4:15: services.web.shm_size: must be a byte size like 512m or 1g, got \"1.5.3g\"",
                "compose.yaml:7:26: services.web.deploy.resources.limits.memory: must be a byte size like 512m or 1g, "
                        + "got \"2x\"");
    }

    @Test
    void restartPolicies() {
        assertProblems("""
                services:
                  a: {restart: on-failure:x}
                  b: {restart: never}
                  c: {restart: "on-failure:5"}
                """,
                "compose.yaml:2:16: services.a.restart: \"on-failure:x\" is not a valid restart policy "
                        + "(allowed: no, always, on-failure[:N], unless-stopped)",
                "compose.yaml:3:16: services.b.restart: \"never\" is not a valid restart policy "
                        + "(allowed: no, always, on-failure[:N], unless-stopped)");
    }

    @Test
    void healthcheckTestType() {
        assertProblems("""
                services:
                  web:
                    healthcheck:
                      test: ["curl", "-f", "http://localhost"]
                """,
                "compose.yaml:4:14: services.web.healthcheck.test[0]: \"curl\" is not a valid healthcheck test type "
                        + "(allowed: CMD, CMD-SHELL, NONE)");
    }

    @Test
    void deployValues() {
        assertProblems("""
                services:
                  web:
                    deploy:
                      mode: single
                      replicas: -1
                      update_config: {failure_action: retry, order: random, delay: soon}
                      rollback_config: {failure_action: rollback}
                      resources:
                        reservations:
                          devices: [{driver: nvidia, count: many}]
                """,
                "compose.yaml:4:13: services.web.deploy.mode: \"single\" is not allowed "
                        + "(allowed: replicated, global, replicated-job, global-job)",
                "compose.yaml:5:17: services.web.deploy.replicas: must be between 0 and 9223372036854775807, got -1",
                "compose.yaml:6:39: services.web.deploy.update_config.failure_action: \"retry\" is not allowed "
                        + "(allowed: continue, pause, rollback)",
                "compose.yaml:6:53: services.web.deploy.update_config.order: \"random\" is not allowed "
                        + "(allowed: start-first, stop-first)",
                "compose.yaml:6:68: services.web.deploy.update_config.delay: must be a duration like 10s or 1m30s, "
                        + "got \"soon\"",
                "compose.yaml:7:41: services.web.deploy.rollback_config.failure_action: \"rollback\" is not allowed "
                        + "(allowed: continue, pause)",
                "compose.yaml:10:21: services.web.deploy.resources.reservations.devices[0]: "
                        + "missing required attribute \"capabilities\"",
                "compose.yaml:10:45: services.web.deploy.resources.reservations.devices[0].count: "
                        + "must be a number or \"all\", got \"many\"");
    }

    @Test
    void developWatch() {
        assertProblems("""
                services:
                  web:
                    develop:
                      watch:
                        - path: ./src
                          action: copy
                        - target: /app
                """,
                "compose.yaml:6:19: services.web.develop.watch[0].action: \"copy\" is not allowed "
                        + "(allowed: rebuild, sync, restart, sync+restart, sync+exec)",
                "compose.yaml:7:11: services.web.develop.watch[1]: missing required attribute \"action\"",
                "compose.yaml:7:11: services.web.develop.watch[1]: missing required attribute \"path\"");
    }

    @Test
    void extraHosts() {
        assertProblems("""
                services:
                  web:
                    extra_hosts: ["somehost", "other:"]
                  db:
                    extra_hosts: {host1: {ip: 1.2.3.4}}
                """,
                "compose.yaml:3:19: services.web.extra_hosts[0]: \"somehost\" is not a valid extra host "
                        + "(expected host:ip or host=ip)",
                "compose.yaml:3:31: services.web.extra_hosts[1]: \"other:\" is not a valid extra host "
                        + "(expected host:ip or host=ip)",
                "compose.yaml:5:26: services.db.extra_hosts.host1: must be a string or a list, got mapping");
    }

    @Test
    void ulimits() {
        assertProblems("""
                services:
                  web:
                    ulimits:
                      NOFILE: 1024
                      nproc: {soft: 10}
                      core: unlimited
                """,
                "compose.yaml:4:7: services.web.ulimits.NOFILE: \"NOFILE\" is not a valid ulimit name "
                        + "(allowed: lower-case letters)",
                "compose.yaml:5:14: services.web.ulimits.nproc: missing required attribute \"hard\"",
                "compose.yaml:6:13: services.web.ulimits.core: must be an integer, got \"unlimited\"");
    }

    @Test
    void serviceNetworks() {
        assertProblems("""
                services:
                  web:
                    networks:
                      front:
                        aliases: alias1
                        ipv4_adress: 10.0.0.2
                        priority: high
                """,
                "compose.yaml:5:18: services.web.networks.front.aliases: must be a list, got string",
                "compose.yaml:6:9: services.web.networks.front.ipv4_adress: unknown attribute\n"
                        + "  hint: did you mean `ipv4_address`?",
                "compose.yaml:7:19: services.web.networks.front.priority: must be a number, got \"high\"");
    }

    @Test
    void buildAttributes() {
        assertProblems("""
                services:
                  web:
                    build:
                      context: .
                      dockerfile: [Dockerfile]
                      no_cache: perhaps
                      arguments: {A: b}
                """,
                "compose.yaml:5:19: services.web.build.dockerfile: must be a string, got sequence",
                "compose.yaml:6:17: services.web.build.no_cache: must be a boolean, got \"perhaps\"",
                "compose.yaml:7:7: services.web.build.arguments: unknown attribute");
    }

    @Test
    void gpusAndSecrets() {
        assertProblems("""
                services:
                  web:
                    gpus: some
                    secrets: [{source: s, mode: [1]}]
                """,
                "compose.yaml:3:11: services.web.gpus: \"some\" is not allowed (allowed: all)",
                "compose.yaml:4:33: services.web.secrets[0].mode: must be a number or a string, got sequence");
    }

    @Test
    void hooksNeedACommand() {
        assertProblems("""
                services:
                  web:
                    post_start: [{user: root}]
                """,
                "compose.yaml:3:18: services.web.post_start[0]: missing required attribute \"command\"");
    }

    @Test
    void loggingOptions() {
        assertProblems("""
                services:
                  web:
                    logging:
                      driver: json-file
                      options: {max-size: [10m], compress: true}
                """,
                "compose.yaml:5:27: services.web.logging.options.max-size: must be a string, a number or null, "
                        + "got sequence",
                "compose.yaml:5:44: services.web.logging.options.compress: must be a string, a number or null, "
                        + "got boolean");
    }

    // ---- top-level resources

    @Test
    void topLevelNetworksAndVolumes() {
        assertProblems("""
                networks:
                  front:
                    driver: bridge
                    external: maybe
                    ipam: {config: [{subnet: 10.0.0.0/24, range: x}]}
                volumes:
                  data:
                    drivers: local
                  cache: local
                """,
                "compose.yaml:4:15: networks.front.external: must be a boolean, got \"maybe\"",
                "compose.yaml:5:43: networks.front.ipam.config[0].range: unknown attribute",
                "compose.yaml:8:5: volumes.data.drivers: unknown attribute\n  hint: did you mean `driver`?",
                "compose.yaml:9:10: volumes.cache: must be a mapping or null, got string");
    }

    @Test
    void secretsConfigsAndModels() {
        assertProblems("""
                secrets:
                  token:
                  cert: {path: ./cert.pem}
                configs:
                  app: {content: [a]}
                models:
                  llm: {name: smol}
                """,
                "compose.yaml:2:9: secrets.token: must be a mapping, got null",
                "compose.yaml:3:10: secrets.cert.path: unknown attribute",
                "compose.yaml:5:18: configs.app.content: must be a string, got sequence",
                "compose.yaml:7:8: models.llm: missing required attribute \"model\"");
    }

    @Test
    void includeEntries() {
        assertProblems("""
                include:
                  - path: ./a.yaml
                    project_dir: ./a
                  - 42
                """,
                "compose.yaml:3:5: include[0].project_dir: unknown attribute",
                "compose.yaml:4:5: include[1]: must be a string or a mapping, got number");
    }

    @Test
    void obsoleteVersionIsAWarningAndOtherProblemsStillReported() {
        assertProblems("""
                version: "3.8"
                services:
                  web:
                    init: 1
                """,
                "warning: compose.yaml:1:1: version: " + SchemaValidator.VERSION_OBSOLETE,
                "compose.yaml:4:11: services.web.init: must be a boolean, got number");
    }

    @Test
    void providerOptionsAndStorageOpt() {
        assertProblems("""
                services:
                  web:
                    provider: {options: {a: {b: c}}}
                    storage_opt: [size=1G]
                """,
                "compose.yaml:3:15: services.web.provider: missing required attribute \"type\"",
                "compose.yaml:3:29: services.web.provider.options.a: must be a string, a number, a boolean "
                        + "or a list, got mapping",
                "compose.yaml:4:18: services.web.storage_opt: must be a mapping, got sequence");
    }

    private static void assertProblems(String yaml, String... expected) {
        Diagnostics d = new Diagnostics();
        SchemaValidator.validate(TestYaml.parse(yaml), d);
        List<String> actual = d.sorted().stream().map(DiagnosticFormatter::format).toList();
        assertEquals(String.join("\n", expected), String.join("\n", actual));
    }
}
