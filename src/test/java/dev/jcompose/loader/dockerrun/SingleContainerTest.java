package dev.jcompose.loader.dockerrun;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Dockerrun version 1: one container, the service "app". */
class SingleContainerTest extends DockerrunReaderTestSupport {

    @Test
    void everyVersionOneFieldMapsToTheAppService() {
        Map<String, Object> p = plain("{'AWSEBDockerrunVersion': '1',"
                + " 'Image': {'Name': 'janedoe/image', 'Update': 'true'},"
                + " 'Ports': [{'ContainerPort': '1234'}, {'ContainerPort': 9000, 'HostPort': 9000}],"
                + " 'Volumes': [{'HostDirectory': '/var/app/mydb', 'ContainerDirectory': '/etc/mysql'},"
                + "             {'HostDirectory': '/var/app/current/static', 'ContainerDirectory': '/srv'}],"
                + " 'Logging': '/var/log/nginx', 'Entrypoint': '/app/bin/start', 'Command': 'serve --port 1234'}");
        Map<String, Object> bind = Map.of("create_host_path", true);
        Map<String, Object> app = Map.of(
                "image", "janedoe/image",
                "pull_policy", "always",
                "command", "serve --port 1234",
                "entrypoint", "/app/bin/start",
                "ports", List.of(Map.of("target", 1234L, "published", "80"), Map.of("target", 9000L, "published", "9000")),
                "volumes", List.of(
                        Map.of("type", "bind", "source", "/var/app/mydb", "target", "/etc/mysql", "bind", bind),
                        Map.of("type", "bind", "source", "./static", "target", "/srv", "bind", bind),
                        Map.of("type", "volume", "source", "awseb-logs-app", "target", "/var/log/nginx")));
        assertEquals(Map.of("services", Map.of("app", app), "volumes", Map.of("awseb-logs-app", Map.of())), p);
        assertTrue(diags.isEmpty(), diags.sorted()::toString);
    }

    @Test
    void updateFalseMeansPullOnlyWhenMissingAndArraysAreAcceptedForCommands() {
        Map<String, Object> p = plain("{'AWSEBDockerrunVersion': 1, 'Image': {'Name': 'x', 'Update': false},"
                + " 'Command': ['serve', '-v'], 'Ports': [{'ContainerPort': 80, 'HostPort': 8080}]}");
        Map<String, Object> app = Map.of("image", "x", "pull_policy", "missing", "command", List.of("serve", "-v"),
                "ports", List.of(Map.of("target", 80L, "published", "8080")));
        assertEquals(Map.of("services", Map.of("app", app)), p);
    }

    @Test
    void authenticationIsIgnoredWithANote() {
        plain("{'AWSEBDockerrunVersion': 1, 'Image': {'Name': 'x'}, 'Authentication': {'Bucket': 'b', 'Key': 'k'}}");
        assertEquals(List.of("Dockerrun.aws.json:1:54: Authentication: ignored: registry credentials come from"
                + " `docker login` here (Elastic Beanstalk reads a .dockercfg from S3)"), warnings());
    }

    @Test
    void anImageGivenAsAPlainStringIsAccepted() {
        assertEquals(Map.of("services", Map.of("app", Map.of("image", "nginx"))),
                plain("{'AWSEBDockerrunVersion': 1, 'Image': 'nginx'}"));
    }
}
