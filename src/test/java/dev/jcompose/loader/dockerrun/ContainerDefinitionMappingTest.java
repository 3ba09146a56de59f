package dev.jcompose.loader.dockerrun;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Dockerrun version 2: each container definition field and the compose attribute it becomes. */
class ContainerDefinitionMappingTest extends DockerrunReaderTestSupport {

    @Test
    void aMinimalContainerIsAnImageAndTheEssentialLabel() {
        assertEquals(Map.of("image", "nginx", "labels", Map.of("dev.jcompose.essential", "true")), web(""));
        assertTrue(diags.isEmpty());
    }

    @Test
    void memoryIsAHardLimitAndMemoryReservationASoftOneInMebibytes() {
        Map<String, Object> s = web("'memory': 512, 'memoryReservation': 128");
        assertEquals("512m", s.get("mem_limit"));
        assertEquals("128m", s.get("mem_reservation"));
    }

    @Test
    void cpuUnitsAreCpuSharesWithZeroMeaningNoneAndTheKernelMinimumOfTwo() {
        assertEquals(256L, web("'cpu': 256").get("cpu_shares"));
        assertFalse(web("'cpu': 0").containsKey("cpu_shares"));
        assertEquals(2L, web("'cpu': 1").get("cpu_shares"));
    }

    @Test
    void portMappingsBecomeLongSyntaxPortsAndAMissingOrZeroHostPortIsEphemeral() {
        Map<String, Object> s = web("'portMappings': [{'containerPort': 80, 'hostPort': 8080, 'protocol': 'UDP'},"
                + " {'containerPort': 443}, {'containerPort': 9000, 'hostPort': 0}]");
        assertEquals(List.of(Map.of("target", 80L, "published", "8080", "protocol", "udp"),
                Map.of("target", 443L), Map.of("target", 9000L)), s.get("ports"));
    }

    @Test
    void mountPointsOfHostVolumesAreBindsAndTheAppDirectoryIsTheProjectDirectory() {
        String file = "{'AWSEBDockerrunVersion': 2, 'volumes': ["
                + "{'name': 'app', 'host': {'sourcePath': '/var/app/current'}},"
                + "{'name': 'static', 'host': {'sourcePath': '/var/app/current/public/'}},"
                + "{'name': 'logs', 'host': {'sourcePath': '/var/log/web'}}],"
                + " 'containerDefinitions': [{'name': 'web', 'image': 'nginx', 'mountPoints': ["
                + "{'sourceVolume': 'app', 'containerPath': '/app'},"
                + "{'sourceVolume': 'static', 'containerPath': '/srv', 'readOnly': true},"
                + "{'sourceVolume': 'logs', 'containerPath': '/var/log/nginx', 'readOnly': false}]}]}";
        Map<String, Object> bind = Map.of("create_host_path", true);
        assertEquals(List.of(
                Map.of("type", "bind", "source", ".", "target", "/app", "bind", bind),
                Map.of("type", "bind", "source", "./public", "target", "/srv", "read_only", true, "bind", bind),
                Map.of("type", "bind", "source", "/var/log/web", "target", "/var/log/nginx", "read_only", false, "bind", bind)),
                service(plain(file), "web").get("volumes"));
    }

    @Test
    void volumesWithoutHostAreNamedVolumesDeclaredAtTheTopLevelWithTheirDockerOptions() {
        String file = "{'AWSEBDockerrunVersion': 2, 'volumes': [{'name': 'data'},"
                + " {'name': 'cache', 'dockerVolumeConfiguration': {'driver': 'local', 'driverOpts': {'type': 'tmpfs', 'device': 'tmpfs'},"
                + " 'labels': {'tier': 'cache'}}}],"
                + " 'containerDefinitions': [{'name': 'db', 'image': 'postgres', 'mountPoints': [{'sourceVolume': 'data', 'containerPath': '/var/lib/postgresql/data'}]}]}";
        Map<String, Object> p = plain(file);
        assertEquals(List.of(Map.of("type", "volume", "source", "data", "target", "/var/lib/postgresql/data")),
                service(p, "db").get("volumes"));
        assertEquals(Map.of("data", Map.of(), "cache", Map.of("driver", "local",
                "driver_opts", Map.of("type", "tmpfs", "device", "tmpfs"), "labels", Map.of("tier", "cache"))), p.get("volumes"));
    }

    @Test
    void elasticBeanstalkLogVolumesNeedNoDeclarationAndBecomeNamedVolumes() {
        String file = "{'AWSEBDockerrunVersion': 2, 'containerDefinitions': [{'name': 'proxy', 'image': 'nginx',"
                + " 'mountPoints': [{'sourceVolume': 'awseb-logs-proxy', 'containerPath': '/var/log/nginx'}]}]}";
        Map<String, Object> p = plain(file);
        assertEquals(List.of(Map.of("type", "volume", "source", "awseb-logs-proxy", "target", "/var/log/nginx")),
                service(p, "proxy").get("volumes"));
        assertEquals(Map.of("awseb-logs-proxy", Map.of()), p.get("volumes"));
    }

    @Test
    void volumesFromNamesTheContainerAndReadOnlyAddsRo() {
        Map<String, Object> s = web("'volumesFrom': [{'sourceContainer': 'db'}, {'sourceContainer': 'db', 'readOnly': true}]");
        assertEquals(List.of("db", "db:ro"), s.get("volumes_from"));
    }

    @Test
    void linksAreKeptWithTheirAliases() {
        assertEquals(List.of("db", "db:database"), web("'links': ['db', 'db:database']").get("links"));
    }

    @Test
    void dependsOnConditionsBecomeComposeConditions() {
        String file = "{'AWSEBDockerrunVersion': 2, 'containerDefinitions': ["
                + "{'name': 'a', 'image': 'x', 'essential': false}, {'name': 'b', 'image': 'x', 'essential': false},"
                + "{'name': 'c', 'image': 'x'}, {'name': 'd', 'image': 'x'},"
                + "{'name': 'web', 'image': 'x', 'dependsOn': [{'containerName': 'a', 'condition': 'SUCCESS'},"
                + " {'containerName': 'b', 'condition': 'COMPLETE'}, {'containerName': 'c', 'condition': 'HEALTHY'},"
                + " {'containerName': 'd', 'condition': 'START'}]}]}";
        assertEquals(Map.of("a", Map.of("condition", "service_completed_successfully"),
                "b", Map.of("condition", "service_completed_successfully"),
                "c", Map.of("condition", "service_healthy"),
                "d", Map.of("condition", "service_started")), service(plain(file), "web").get("depends_on"));
        assertEquals(List.of("Dockerrun.aws.json:1:337: containerDefinitions[4].dependsOn[1].condition: \"COMPLETE\" is read as"
                + " service_completed_successfully: if \"b\" exits with a non-zero code, this container does not start"), warnings());
    }

    @Test
    void completionConditionsOnAnEssentialContainerAreWarnedAbout() {
        Map<String, Object> s = web("'dependsOn': [{'containerName': 'db', 'condition': 'SUCCESS'}]");
        assertEquals(Map.of("db", Map.of("condition", "service_completed_successfully")), s.get("depends_on"));
        assertEquals(List.of("Dockerrun.aws.json:1:140: containerDefinitions[0].dependsOn[0].condition: \"SUCCESS\" needs"
                + " \"db\" to be non-essential (ECS rejects this): when an essential container exits, the other containers are stopped"),
                warnings());
        assertEquals(List.of("set \"essential\": false on \"db\""), hints());
    }

    @Test
    void essentialFalseIsTheLabelFalse() {
        assertEquals(Map.of("dev.jcompose.essential", "false"), web("'essential': false").get("labels"));
    }

    @Test
    void dockerLabelsComeFirstThenTheEssentialLabel() {
        assertEquals(Map.of("tier", "front", "port", "80", "dev.jcompose.essential", "true"),
                web("'dockerLabels': {'tier': 'front', 'port': 80}").get("labels"));
    }

    @Test
    void environmentAsAListOfNameValuePairsOrAsAnObject() {
        assertEquals(Map.of("A", "1", "B", "true", "C", ""),
                web("'environment': [{'name': 'A', 'value': 1}, {'name': 'B', 'value': true}, {'name': 'C'}]").get("environment"));
        assertEquals(Map.of("A", "x", "B", "2"), web("'environment': {'A': 'x', 'B': 2}").get("environment"));
    }

    @Test
    void commandsAndTheRestOfTheProcessSettings() {
        Map<String, Object> s = web("'command': ['nginx', '-g', 'daemon off;'], 'entryPoint': ['/docker-entrypoint.sh'],"
                + " 'workingDirectory': '/srv', 'hostname': 'www', 'user': '1000:1000', 'privileged': true,"
                + " 'readonlyRootFilesystem': true, 'interactive': true, 'pseudoTerminal': false, 'stopTimeout': 20");
        assertEquals(List.of("nginx", "-g", "daemon off;"), s.get("command"));
        assertEquals(List.of("/docker-entrypoint.sh"), s.get("entrypoint"));
        assertEquals("/srv", s.get("working_dir"));
        assertEquals("www", s.get("hostname"));
        assertEquals("1000:1000", s.get("user"));
        assertEquals(true, s.get("privileged"));
        assertEquals(true, s.get("read_only"));
        assertEquals(true, s.get("stdin_open"));
        assertEquals(false, s.get("tty"));
        assertEquals("20s", s.get("stop_grace_period"));
    }

    @Test
    void networkSettings() {
        Map<String, Object> s = web("'dnsServers': ['10.0.0.2'], 'dnsSearchDomains': ['corp'], 'disableNetworking': true,"
                + " 'extraHosts': [{'hostname': 'db.local', 'ipAddress': '10.0.0.5'}, {'hostname': 'v6', 'ipAddress': '::1'}]");
        assertEquals(List.of("10.0.0.2"), s.get("dns"));
        assertEquals(List.of("corp"), s.get("dns_search"));
        assertEquals("none", s.get("network_mode"));
        assertEquals(List.of("db.local=10.0.0.5", "v6=::1"), s.get("extra_hosts"));
        assertFalse(web("'disableNetworking': false").containsKey("network_mode"));
    }

    @Test
    void limitsAndKernelSettings() {
        Map<String, Object> s = web("'ulimits': [{'name': 'nofile', 'softLimit': 1024, 'hardLimit': 4096}],"
                + " 'systemControls': [{'namespace': 'net.core.somaxconn', 'value': '1024'}],"
                + " 'dockerSecurityOptions': ['no-new-privileges']");
        assertEquals(Map.of("nofile", Map.of("soft", 1024L, "hard", 4096L)), s.get("ulimits"));
        assertEquals(Map.of("net.core.somaxconn", "1024"), s.get("sysctls"));
        assertEquals(List.of("no-new-privileges"), s.get("security_opt"));
    }

    @Test
    void linuxParameters() {
        Map<String, Object> s = web("'linuxParameters': {'capabilities': {'add': ['NET_ADMIN'], 'drop': ['ALL']},"
                + " 'initProcessEnabled': true, 'sharedMemorySize': 64,"
                + " 'tmpfs': [{'containerPath': '/run', 'size': 32, 'mountOptions': ['noexec']}],"
                + " 'devices': [{'hostPath': '/dev/fuse', 'permissions': ['read', 'write']}]}");
        assertEquals(List.of("NET_ADMIN"), s.get("cap_add"));
        assertEquals(List.of("ALL"), s.get("cap_drop"));
        assertEquals(true, s.get("init"));
        assertEquals("64m", s.get("shm_size"));
        assertEquals(List.of("/run:size=32m,noexec"), s.get("tmpfs"));
        assertEquals(List.of("/dev/fuse:/dev/fuse:rw"), s.get("devices"));
    }

    @Test
    void healthCheckGetsEcsDefaultsWrittenOut() {
        assertEquals(Map.of("test", List.of("CMD-SHELL", "curl -f http://localhost/"), "interval", "30s", "timeout", "5s",
                        "retries", 3L, "start_period", "0s"),
                web("'healthCheck': {'command': ['CMD-SHELL', 'curl -f http://localhost/']}").get("healthcheck"));
        assertEquals(Map.of("test", List.of("CMD", "true"), "interval", "10s", "timeout", "2s", "retries", 5L, "start_period", "60s"),
                web("'healthCheck': {'command': ['CMD', 'true'], 'interval': 10, 'timeout': 2, 'retries': 5, 'startPeriod': 60}")
                        .get("healthcheck"));
        assertEquals(Map.of("test", List.of("NONE")), web("'healthCheck': {'command': ['NONE']}").get("healthcheck"));
    }

    @Test
    void logConfigurationIsLoggingButAwsOnlyDriversFallBackToTheDefault() {
        assertEquals(Map.of("driver", "json-file", "options", Map.of("max-size", "10m")),
                web("'logConfiguration': {'logDriver': 'json-file', 'options': {'max-size': '10m'}}").get("logging"));
        assertNull(web("'logConfiguration': {'logDriver': 'awslogs', 'options': {'awslogs-group': 'g'}}").get("logging"));
        assertEquals(List.of("Dockerrun.aws.json:1:123: containerDefinitions[0].logConfiguration.logDriver: ignored: the"
                + " \"awslogs\" log driver sends logs to AWS; the engine's default driver is used (see `jcompose logs`)"), warnings());
    }

    @Test
    void ecsOnlyFieldsAreIgnoredWithTheReason() {
        Map<String, Object> s = web("'secrets': [{'name': 'A', 'valueFrom': 'arn:x'}]");
        assertFalse(s.containsKey("secrets"));
        assertEquals(List.of("Dockerrun.aws.json:1:89: containerDefinitions[0].secrets: ignored: values from Secrets Manager"
                + " or SSM Parameter Store cannot be read here; set them in \"environment\""), warnings());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> service(Map<String, Object> project, String name) {
        return (Map<String, Object>) ((Map<String, Object>) project.get("services")).get(name);
    }
}
