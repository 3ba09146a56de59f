package dev.jcompose.cli.completion;

import dev.jcompose.testing.Launcher;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The committed bash script, run by bash as its completion would be: each case sets COMP_WORDS as bash does for a
 * Tab at the end of the line and prints what _jcompose offers. Service names come from a real
 * {@code jcompose config --services} in the project directory.
 */
class BashCompletionTest {

    @TempDir
    static Path dir;

    private static Path project;

    @BeforeAll
    static void project() throws IOException {
        Launcher.write(dir.resolve("bin"));
        project = dir.resolve("demo");
        Files.createDirectories(project.resolve("conf"));
        Files.writeString(project.resolve("compose.yaml"), """
                services:
                  web:
                    image: jcompose-test/busybox:latest
                  worker:
                    image: jcompose-test/busybox:latest
                """);
        Files.writeString(project.resolve("other.yaml"), "services:\n  db:\n    image: jcompose-test/busybox:latest\n");
    }

    @Test
    void completesVerbsOptionsAndOptionValues() throws Exception {
        assertEquals("down", complete("jcompose", "dow"));
        List<String> u = List.of(complete("jcompose", "u").split(" "));
        assertTrue(u.contains("up") && u.stream().allMatch(w -> w.startsWith("u")), u.toString());
        assertEquals("--detach --dry-run", complete("jcompose", "up", "--d"));
        assertEquals("--detach", complete("jcompose", "up", "--de"));
        assertEquals("plain", complete("jcompose", "--progress", "p"));
        assertEquals("always missing never build", complete("jcompose", "up", "--pull", ""));
        assertEquals("never", complete("jcompose", "up", "--pull", "=", "ne"));
    }

    @Test
    void completesFilesWhereAnOptionTakesOne() throws Exception {
        assertEquals("compose.yaml", complete("jcompose", "-f", "comp"));
        assertEquals("conf", complete("jcompose", "--project-directory", "co"));
    }

    @Test
    void completesServiceNamesFromTheProjectAndItsOptions() throws Exception {
        assertEquals("web worker", complete("jcompose", "up", "-d", "w"));
        assertEquals("web= worker=", complete("jcompose", "up", "--scale", "w"));
        assertEquals("db", complete("jcompose", "-f", "other.yaml", "logs", ""));
    }

    private static String complete(String... words) throws Exception {
        Path script = Path.of("completions/jcompose.bash").toAbsolutePath();
        StringBuilder quoted = new StringBuilder();
        for (String w : words) quoted.append(" '").append(w).append('\'');
        String program = "source '" + script + "'\nCOMP_WORDS=(" + quoted + ")\nCOMP_CWORD=" + (words.length - 1)
                + "\n_jcompose\nprintf '%s\\n' \"${COMPREPLY[*]}\"\n";
        ProcessBuilder pb = new ProcessBuilder("bash", "-c", program).directory(project.toFile());
        pb.environment().put("PATH", dir.resolve("bin") + ":" + System.getenv("PATH"));
        pb.redirectError(ProcessBuilder.Redirect.INHERIT);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "bash did not finish");
        assertEquals(0, p.exitValue(), out);
        return out.strip();
    }
}
