package dev.jcompose.engine.docker;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Registry credentials as the docker CLI finds them, from a config.json in a temporary DOCKER_CONFIG. */
class RegistryCredentialsTest {

    @TempDir
    Path config;

    @TempDir
    Path bin;

    private RegistryCredentials credentials(String json) throws IOException {
        Files.writeString(config.resolve("config.json"), json);
        return RegistryCredentials.forEnvironment(Map.of("DOCKER_CONFIG", config.toString(), "PATH", bin.toString()));
    }

    private static String base64(String s) {
        return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void imagesAreKeyedByTheirRegistryAsDockerKeysThem() {
        assertEquals(RegistryCredentials.DOCKER_HUB, RegistryCredentials.registryKey("nginx"));
        assertEquals(RegistryCredentials.DOCKER_HUB, RegistryCredentials.registryKey("library/nginx:1.25"));
        assertEquals(RegistryCredentials.DOCKER_HUB, RegistryCredentials.registryKey("docker.io/library/nginx"));
        assertEquals(RegistryCredentials.DOCKER_HUB, RegistryCredentials.registryKey("index.docker.io/me/app"));
        assertEquals("ghcr.io", RegistryCredentials.registryKey("ghcr.io/me/app:2"));
        assertEquals("localhost", RegistryCredentials.registryKey("localhost/app"));
        assertEquals("127.0.0.1:1", RegistryCredentials.registryKey("127.0.0.1:1/img"));
        assertEquals("Registry", RegistryCredentials.registryKey("Registry/app"), "upper case makes it a host");
    }

    @Test
    void theBase64AuthOfDockerHubIsDecoded() throws IOException {
        RegistryCredentials c = credentials("""
                {"auths": {"https://index.docker.io/v1/": {"auth": "%s"}}}
                """.formatted(base64("alice:s3cr:et")));
        RegistryCredentials.Auth auth = c.forImage("library/nginx").orElseThrow();
        assertEquals("alice", auth.username());
        assertEquals("s3cr:et", auth.password(), "only the first colon separates user and password");
        assertEquals(RegistryCredentials.DOCKER_HUB, auth.serverAddress());
        assertTrue(c.forImage("ghcr.io/me/app").isEmpty(), "another registry gets nothing");
    }

    @Test
    void usernameAndPasswordAndAUrlShapedKeyMatchTheRegistryHost() throws IOException {
        RegistryCredentials c = credentials("""
                {"auths": {
                  "https://registry.example.com:5000/v1/": {"username": "bob", "password": "pw"},
                  "ghcr.io": {"identitytoken": "tok"}
                }}
                """);
        RegistryCredentials.Auth auth = c.forImage("registry.example.com:5000/team/app:1").orElseThrow();
        assertEquals("bob", auth.username());
        assertEquals("pw", auth.password());
        assertEquals("tok", c.forImage("ghcr.io/me/app").orElseThrow().identityToken());
    }

    @Test
    void noConfigFileMeansAnonymous() {
        RegistryCredentials c = RegistryCredentials.forEnvironment(Map.of("DOCKER_CONFIG", config.toString()));
        assertTrue(c.forImage("nginx").isEmpty());
    }

    @Test
    void aCredsStoreWhoseHelperIsNotInstalledSaysWhatToChange() throws IOException {
        RegistryCredentials c = credentials("{\"credsStore\": \"desktop\", \"auths\": {}}");
        RegistryCredentials.Unavailable e = assertThrows(RegistryCredentials.Unavailable.class,
                () -> c.forImage("nginx"));
        assertTrue(e.getMessage().contains("credential helper \"desktop\" (credsStore)"), e.getMessage());
        assertTrue(e.getMessage().contains("docker-credential-desktop is not on PATH"), e.getMessage());
        assertTrue(e.getMessage().contains(config.resolve("config.json").toString()), e.getMessage());
    }

    @Test
    void credHelpersForOneRegistryAreAskedOverTheStoreAndTheFile() throws IOException {
        helper("pass", """
                read server
                if [ "$server" = "ghcr.io" ]; then
                  echo '{"ServerURL": "ghcr.io", "Username": "carol", "Secret": "from-helper"}'
                elif [ "$server" = "quay.io" ]; then
                  echo '{"ServerURL": "quay.io", "Username": "<token>", "Secret": "refresh-token"}'
                else
                  echo "credentials not found in native keychain"; exit 1
                fi
                """);
        RegistryCredentials c = credentials("""
                {"credHelpers": {"ghcr.io": "pass", "quay.io": "pass", "gone.io": "pass"},
                 "auths": {"ghcr.io": {"auth": "%s"}}}
                """.formatted(base64("file:user")));
        RegistryCredentials.Auth auth = c.forImage("ghcr.io/me/app").orElseThrow();
        assertEquals("carol", auth.username());
        assertEquals("from-helper", auth.password());
        RegistryCredentials.Auth token = c.forImage("quay.io/me/app").orElseThrow();
        assertEquals("refresh-token", token.identityToken());
        assertEquals(null, token.username());
        assertEquals(Optional.empty(), c.forImage("gone.io/app"), "\"not found\" from a helper is no credentials");
    }

    @Test
    void theRegistrysCredHelperComesFirstThenTheCredsStoreThenAuths() throws IOException {
        // each helper answers with its own name as the user, and the server it was asked about as the secret
        String answer = """
                read server
                case "$server" in
                  *missing*) echo "credentials not found in native keychain"; exit 1 ;;
                esac
                echo "{\\"ServerURL\\": \\"$server\\", \\"Username\\": \\"%s\\", \\"Secret\\": \\"$server\\"}"
                """;
        helper("one", answer.formatted("one"));
        helper("store", answer.formatted("store"));
        String auths = """
                "auths": {"a.io": {"auth": "%1$s"}, "b.io": {"auth": "%1$s"}, "missing.io": {"auth": "%1$s"}}
                """.formatted(base64("file:pw"));
        RegistryCredentials c = credentials("""
                {"credHelpers": {"a.io": "one"}, "credsStore": "store", %s}
                """.formatted(auths));
        assertEquals(new RegistryCredentials.Auth("a.io", "one", "a.io", null), c.forImage("a.io/app").orElseThrow());
        assertEquals(new RegistryCredentials.Auth("b.io", "store", "b.io", null), c.forImage("b.io/app").orElseThrow());
        assertEquals("store", c.forImage("nginx").orElseThrow().username());
        assertEquals(RegistryCredentials.DOCKER_HUB, c.forImage("nginx").orElseThrow().password(),
                "Docker Hub is asked for under Docker's key");
        assertEquals(Optional.empty(), c.forImage("missing.io/app"),
                "a helper's \"credentials not found\" is an anonymous request, whatever auths holds, as with Docker");

        RegistryCredentials fileOnly = credentials("{" + auths + "}");
        assertEquals("file", fileOnly.forImage("b.io/app").orElseThrow().username());
    }

    @Test
    void aHelpersAnswerIsItsStdoutAndItsStderrOnlyExplainsAFailure() throws IOException {
        helper("chatty", """
                read server
                echo "looking up $server" >&2
                [ "$server" = "ok.io" ] || { echo "the keyring is locked" >&2; exit 2; }
                echo '{"ServerURL": "ok.io", "Username": "u", "Secret": "s"}'
                """);
        RegistryCredentials c = credentials("{\"credsStore\": \"chatty\"}");
        assertEquals("s", c.forImage("ok.io/app").orElseThrow().password());
        RegistryCredentials.Unavailable e = assertThrows(RegistryCredentials.Unavailable.class,
                () -> c.forImage("other.io/app"));
        assertTrue(e.getMessage().contains("docker-credential-chatty get failed: looking up other.io\nthe keyring is"
                + " locked"), e.getMessage());
    }

    @Test
    void aRefusalSaysWhatWasSentAndWhereItCameFrom() throws IOException {
        RegistryCredentials c = credentials("""
                {"credHelpers": {"h.io": "vault"}, "auths": {"a.io": {"auth": "%s"}}}
                """.formatted(base64("alice:pw")));
        Path file = config.resolve("config.json");
        assertEquals("the registry refused the credentials of \"alice\" from \"auths\" in " + file,
                c.refusal("a.io/app:1", c.forImage("a.io/app:1")));
        assertEquals("\"auths\" in " + file + " has no credentials for b.io; `docker login b.io` stores them",
                c.refusal("b.io/app", Optional.empty()));
        assertEquals("the registry refused the identity token from docker-credential-vault (credHelpers in " + file
                + ")", c.refusal("h.io/app", Optional.of(new RegistryCredentials.Auth("h.io", null, null, "t"))));
    }

    @Test
    void aHelperThatFailsIsReportedWithItsWords() throws IOException {
        helper("broken", "echo 'the keyring is locked'; exit 3\n");
        RegistryCredentials c = credentials("{\"credsStore\": \"broken\"}");
        RegistryCredentials.Unavailable e = assertThrows(RegistryCredentials.Unavailable.class,
                () -> c.forImage("nginx"));
        assertTrue(e.getMessage().contains("docker-credential-broken get failed: the keyring is locked"),
                e.getMessage());
    }

    @Test
    void aHelperThatDoesNotAnswerInTimeIsGivenUpOn() throws IOException {
        helper("hangs", "exec sleep 30\n");
        var runner = new RegistryCredentials.PathHelperRunner(bin.toString(), Duration.ofSeconds(1));
        long start = System.nanoTime();
        RegistryCredentials.Unavailable e = assertThrows(RegistryCredentials.Unavailable.class,
                () -> runner.get("hangs", "ghcr.io"));
        assertTrue(Duration.ofNanos(System.nanoTime() - start).toSeconds() < 10, "it did not wait for the helper");
        assertEquals("docker-credential-hangs did not answer within 1 s", e.getMessage());
    }

    @Test
    void anAuthThatIsNotBase64IsAnError() throws IOException {
        RegistryCredentials c = credentials("{\"auths\": {\"ghcr.io\": {\"auth\": \"%%%\"}}}");
        RegistryCredentials.Unavailable e = assertThrows(RegistryCredentials.Unavailable.class,
                () -> c.forImage("ghcr.io/x"));
        assertTrue(e.getMessage().contains("\"auth\" is not base64"), e.getMessage());
    }

    private void helper(String name, String script) throws IOException {
        Path file = bin.resolve("docker-credential-" + name);
        Files.writeString(file, "#!/bin/sh\n" + script);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
}
