package dev.jcompose.conformance;

import dev.jcompose.diag.InvalidProjectException;
import dev.jcompose.loader.LoadRequest;
import dev.jcompose.loader.ProjectLoader;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.abort;

/**
 * Agreement with Docker Compose v2: `jcompose config` against the shared corpus of real compose files and the model
 * Docker Compose 2.40 printed for each ({@code --ref v2}), compared by the corpus's own check-config.sh.
 * Every difference must be a known, documented one (docs/conformance.md); a known difference that stops
 * differing fails too, so the list stays true.
 */
class ComposeCorpusConformanceTest {

    /** Corpus path → why Docker Compose v2 and jcompose disagree there (none at present). */
    private static final Map<String, String> KNOWN_DIFFERENCES = Map.of();

    @Test
    void configAgreesWithComposeV2ExceptForKnownDifferences() throws Exception {
        Path script = corpus().resolve("check-config.sh");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String command = "'" + java + "' -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp '"
                + System.getProperty("java.class.path") + "' dev.jcompose.Main -f {file} -p {project} config";
        Process p = new ProcessBuilder("bash", script.toString(), "--ref", "v2", command)
                .redirectErrorStream(true).start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(10, TimeUnit.MINUTES), "check-config.sh did not finish");
        if (out.contains("need python3 with PyYAML")) {
            unavailable("python3 with PyYAML is not installed (apt-get install python3-yaml)");
        }

        Map<String, String> failed = new TreeMap<>();
        int passed = 0;
        for (String line : out.split("\n")) {
            if (line.startsWith("PASS ")) passed++;
            if (line.startsWith("FAIL ")) {
                String rest = line.substring(5);
                int paren = rest.indexOf(" (");
                failed.put(paren < 0 ? rest : rest.substring(0, paren), rest);
            }
        }
        List<String> unexpected = new ArrayList<>();
        failed.forEach((path, line) -> {
            if (!KNOWN_DIFFERENCES.containsKey(path)) unexpected.add(line);
        });
        assertEquals(List.of(), unexpected, "differences from Compose v2 that are not known:\n" + out);
        for (String known : KNOWN_DIFFERENCES.keySet()) {
            assertTrue(failed.containsKey(known), known + " now agrees with the reference: remove it from the"
                    + " known differences and docs/conformance.md");
        }
        assertTrue(passed >= 70, "expected at least 70 files to agree, got " + passed + ":\n" + out);
    }

    /** Every file Compose v2 refuses (a non-zero v2_exit_code in index.tsv) jcompose refuses too. */
    @Test
    void rejectsWhatComposeV2Rejects() throws Exception {
        Path corpus = corpus();
        List<String> lines = Files.readAllLines(corpus.resolve("index.tsv"));
        int exitColumn = List.of(lines.get(0).split("\t")).indexOf("v2_exit_code");
        List<String> accepted = new ArrayList<>();
        int rejected = 0;
        for (String line : lines.subList(1, lines.size())) {
            String[] row = line.split("\t");
            if (row[exitColumn].equals("0")) continue;
            Path file = corpus.resolve(row[0]);
            LoadRequest request = LoadRequest.in(file.getParent(), Map.of("HOME", System.getProperty("user.home")))
                    .withFiles(List.of(file.getFileName().toString())).withProjectName("corpus");
            try {
                new ProjectLoader().load(request);
                accepted.add(row[0]);
            } catch (InvalidProjectException expected) {
                rejected++;
            }
        }
        assertEquals(List.of(), accepted, "files Compose v2 rejects but jcompose loads");
        assertTrue(rejected >= 10, "expected at least 10 files Compose v2 rejects, got " + rejected);
    }

    private static Path corpus() throws IOException {
        Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        for (Path d = dir; d != null; d = d.getParent()) {
            Path c = d.resolve("shared/corpus/compose");
            if (Files.isRegularFile(c.resolve("check-config.sh"))) return c;
            Path sibling = d.resolveSibling("shared/corpus/compose");
            if (Files.isRegularFile(sibling.resolve("check-config.sh"))) return sibling;
        }
        unavailable("the conformance corpus (../shared/corpus/compose) is not beside this checkout");
        return null;
    }

    private static void unavailable(String why) {
        if ("true".equals(System.getenv("CI"))) fail(why);
        abort(why);
    }
}
