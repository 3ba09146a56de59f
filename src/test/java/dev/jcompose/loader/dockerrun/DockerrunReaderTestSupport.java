package dev.jcompose.loader.dockerrun;

import dev.jcompose.diag.Diagnostic;
import dev.jcompose.diag.DiagnosticFormatter;
import dev.jcompose.diag.Diagnostics;
import dev.jcompose.loader.tree.MapNode;
import dev.jcompose.loader.tree.Nodes;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Reads JSON written with single quotes (for readability) and exposes the result and the diagnostics. */
abstract class DockerrunReaderTestSupport {

    static final String FILE = "Dockerrun.aws.json";

    final Diagnostics diags = new Diagnostics();

    static String json(String singleQuoted) {
        return singleQuoted.replace('\'', '"');
    }

    MapNode read(String singleQuoted) {
        return DockerrunReader.read(json(singleQuoted), FILE, diags);
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> plain(String singleQuoted) {
        MapNode tree = read(singleQuoted);
        assertNotNull(tree, () -> "expected a tree, got:\n" + DiagnosticFormatter.format(diags.sorted()));
        return (Map<String, Object>) Nodes.toPlain(tree);
    }

    /** The one service of a v2 file with one container named "web". */
    @SuppressWarnings("unchecked")
    Map<String, Object> web(String containerFields) {
        String file = "{'AWSEBDockerrunVersion': 2, 'containerDefinitions': [{'name': 'web', 'image': 'nginx'"
                + (containerFields.isEmpty() ? "" : ", " + containerFields) + "}, {'name': 'db', 'image': 'mysql'}]}";
        Map<String, Object> services = (Map<String, Object>) plain(file).get("services");
        return (Map<String, Object>) services.get("web");
    }

    /** Errors of a file that must not load. */
    List<String> errors(String singleQuoted) {
        assertNull(read(singleQuoted), "expected no tree");
        return diags.errors().stream().map(Diagnostic::headline).toList();
    }

    List<String> warnings() {
        return diags.warnings().stream().map(Diagnostic::headline).toList();
    }

    List<String> hints() {
        return diags.sorted().stream().map(Diagnostic::hint).filter(h -> h != null).toList();
    }
}
