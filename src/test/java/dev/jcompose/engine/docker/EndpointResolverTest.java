package dev.jcompose.engine.docker;

import dev.jcompose.engine.EngineUnreachableException;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EndpointResolverTest {
    private static final Path HOME = Path.of("/home/dev");
    private final Map<Path, String> files = new HashMap<>();

    private Endpoint resolve(Map<String, String> env) {
        return new EndpointResolver(env, HOME, path -> Optional.ofNullable(files.get(path))).resolve();
    }

    private void context(String name, String host) {
        files.put(HOME.resolve(".docker/contexts/meta/" + EndpointResolver.sha256(name) + "/meta.json"),
                "{\"Name\":\"" + name + "\",\"Endpoints\":{\"docker\":{\"Host\":\"" + host + "\",\"SkipTLSVerify\":false}}}");
    }

    @Test
    void withNothingConfiguredItIsTheDefaultSocket() {
        Endpoint e = resolve(Map.of());
        assertEquals(URI.create("unix:///var/run/docker.sock"), e.host());
        assertFalse(e.tlsVerify());
        assertEquals("default socket", e.source());
    }

    @Test
    void dockerHostWinsOverContexts() {
        context("remote", "tcp://10.0.0.1:2375");
        files.put(HOME.resolve(".docker/config.json"), "{\"currentContext\":\"remote\"}");
        Endpoint e = resolve(Map.of("DOCKER_HOST", "unix:///run/user/1000/docker.sock", "DOCKER_CONTEXT", "remote"));
        assertEquals(URI.create("unix:///run/user/1000/docker.sock"), e.host());
        assertEquals("DOCKER_HOST", e.source());
    }

    @Test
    void tlsVerifyUsesTheCertPathOrTheConfigDir() {
        Endpoint withPath = resolve(Map.of("DOCKER_HOST", "tcp://docker.example:2376", "DOCKER_TLS_VERIFY", "1",
                "DOCKER_CERT_PATH", "/certs"));
        assertTrue(withPath.tlsVerify());
        assertEquals(Path.of("/certs"), withPath.certPath());

        Endpoint defaultPath = resolve(Map.of("DOCKER_HOST", "tcp://docker.example:2376", "DOCKER_TLS_VERIFY", "1"));
        assertEquals(HOME.resolve(".docker"), defaultPath.certPath());

        Endpoint plain = resolve(Map.of("DOCKER_HOST", "tcp://docker.example:2375", "DOCKER_TLS_VERIFY", ""));
        assertFalse(plain.tlsVerify());
        assertNull(plain.certPath());
    }

    @Test
    void dockerContextNamesTheContextWhoseMetaHoldsTheHost() {
        context("colima", "unix:///home/dev/.colima/default/docker.sock");
        Endpoint e = resolve(Map.of("DOCKER_CONTEXT", "colima"));
        assertEquals(URI.create("unix:///home/dev/.colima/default/docker.sock"), e.host());
        assertEquals("context \"colima\" from DOCKER_CONTEXT", e.source());
    }

    @Test
    void currentContextInConfigJsonIsUsedWhenNoVariableIsSet() {
        context("desktop-linux", "unix:///home/dev/.docker/desktop/docker.sock");
        files.put(HOME.resolve(".docker/config.json"), "{\"auths\":{},\"currentContext\":\"desktop-linux\"}");
        Endpoint e = resolve(Map.of());
        assertEquals(URI.create("unix:///home/dev/.docker/desktop/docker.sock"), e.host());
        assertTrue(e.source().contains("currentContext"), e.source());
    }

    @Test
    void dockerConfigMovesTheConfigDir() {
        files.put(Path.of("/etc/dockercfg/contexts/meta/" + EndpointResolver.sha256("ci") + "/meta.json"),
                "{\"Endpoints\":{\"docker\":{\"Host\":\"tcp://ci:2375\"}}}");
        files.put(Path.of("/etc/dockercfg/config.json"), "{\"currentContext\":\"ci\"}");
        assertEquals(URI.create("tcp://ci:2375"), resolve(Map.of("DOCKER_CONFIG", "/etc/dockercfg")).host());
    }

    @Test
    void aContextWithTlsMaterialTalksTls() {
        context("secure", "tcp://secure:2376");
        Path tls = HOME.resolve(".docker/contexts/tls/" + EndpointResolver.sha256("secure") + "/docker");
        files.put(tls.resolve("ca.pem"), "-----BEGIN CERTIFICATE-----");
        Endpoint e = resolve(Map.of("DOCKER_CONTEXT", "secure"));
        assertTrue(e.tlsVerify());
        assertEquals(tls, e.certPath());
    }

    @Test
    void theDefaultContextIsTheDefaultSocket() {
        files.put(HOME.resolve(".docker/config.json"), "{\"currentContext\":\"default\"}");
        assertEquals(EndpointResolver.DEFAULT_SOCKET, resolve(Map.of()).host());
    }

    @Test
    void anUnknownContextIsReportedWithWhereItWasLookedFor() {
        EngineUnreachableException e = assertThrows(EngineUnreachableException.class,
                () -> resolve(Map.of("DOCKER_CONTEXT", "nope")));
        assertTrue(e.getMessage().contains("context \"nope\" from DOCKER_CONTEXT"), e.getMessage());
        assertTrue(e.getMessage().contains(EndpointResolver.sha256("nope") + "/meta.json"), e.getMessage());
    }

    @Test
    void anUnsupportedSchemeIsRejected() {
        EngineUnreachableException e = assertThrows(EngineUnreachableException.class,
                () -> resolve(Map.of("DOCKER_HOST", "ssh://me@host")));
        assertTrue(e.getMessage().contains("\"ssh://me@host\" is not a supported engine address"), e.getMessage());
    }

    @Test
    void contextNamesHashLikeTheDockerCli() {
        // the CLI keeps a context's metadata under the hex SHA-256 of its name
        assertEquals("37a8eec1ce19687d132fe29051dca629d164e2c4958ba141d5f4133a33f0688f", EndpointResolver.sha256("default"));
    }
}
