package dev.jcompose.loader.yaml;

import dev.jcompose.diag.Diagnostics;
import dev.jcompose.diag.SourceLocation;
import dev.jcompose.diag.YamlPath;
import dev.jcompose.loader.tree.Node;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

import java.util.Optional;

/** Reads the first YAML document of a compose file into a positioned tree. */
public final class YamlReader {

    private static final String TAB_PROBLEM = "(TAB)";

    private YamlReader() {
    }

    /**
     * The first document as a tree, or null when the document is empty (no diagnostic) or cannot be read (an error
     * diagnostic says why). Problems that leave a usable tree, such as duplicate keys, are reported and the tree
     * is still returned.
     */
    public static Node read(String text, String fileLabel, Diagnostics diags) {
        Optional<Node> ahead = YamlAhead.take(fileLabel, text, diags);
        if (ahead.isPresent()) return ahead.get();
        return parse(text, fileLabel, diags);
    }

    static Node parse(String text, String fileLabel, Diagnostics diags) {
        String source = text.startsWith("\uFEFF") ? text.substring(1) : text;
        LoadSettings settings = LoadSettings.builder()
                .setLabel(fileLabel)
                .setCodePointLimit(Integer.MAX_VALUE)
                // One window for the whole text: with the default 1 KiB window the reader refills and
                // re-decodes its code points every kilobyte, a third of the parse time on large files.
                .setBufferSize(source.length() + 1)
                .build();
        while (true) {
            try {
                return compose(source, fileLabel, settings, diags);
            } catch (MarkedYamlEngineException e) {
                String retry = withSeparatorTabReplaced(source, e);
                if (retry != null) {
                    source = retry;
                    continue;
                }
                reportSyntaxError(e, fileLabel, diags);
                return null;
            } catch (YamlEngineException e) {
                diags.error(SourceLocation.of(fileLabel, 0, 0), YamlPath.ROOT,
                        "yaml syntax error: " + oneLine(e.getMessage()));
                return null;
            } catch (StackOverflowError e) {
                diags.error(SourceLocation.of(fileLabel, 0, 0), YamlPath.ROOT,
                        "yaml document is nested too deeply to be read");
                return null;
            }
        }
    }

    private static Node compose(String source, String fileLabel, LoadSettings settings, Diagnostics diags) {
        return TreeBuilder.build(new ParserImpl(settings, new StreamReader(settings, source)), fileLabel, diags);
    }

    /**
     * SnakeYAML refuses a tab after {@code key:} or {@code -}, where YAML 1.2 (and Docker Compose) accept it as
     * separating whitespace. When that is the complaint, the tab becomes a space (same column) and reading retries.
     * Returns null when the error is something else.
     */
    private static String withSeparatorTabReplaced(String source, MarkedYamlEngineException e) {
        if (e.getProblem() == null || !e.getProblem().contains(TAB_PROBLEM) || e.getProblemMark().isEmpty()) {
            return null;
        }
        Mark mark = e.getProblemMark().get();
        int lineStart = 0;
        for (int line = 0; line < mark.getLine(); line++) {
            lineStart = source.indexOf('\n', lineStart) + 1;
            if (lineStart == 0) return null;
        }
        int at;
        try {
            at = source.offsetByCodePoints(lineStart, mark.getColumn());
        } catch (IndexOutOfBoundsException outside) {
            return null;
        }
        if (at >= source.length() || source.charAt(at) != '\t') return null;
        String before = source.substring(lineStart, at).stripTrailing();
        if (before.isEmpty() || !(before.endsWith(":") || before.endsWith("-") || before.endsWith("?"))) return null;
        return source.substring(0, at) + ' ' + source.substring(at + 1);
    }

    private static void reportSyntaxError(MarkedYamlEngineException e, String fileLabel, Diagnostics diags) {
        Optional<Mark> mark = e.getProblemMark().isPresent() ? e.getProblemMark() : e.getContextMark();
        SourceLocation loc = TreeBuilder.location(fileLabel, mark);
        String problem = e.getProblem() == null ? e.getContext() : e.getProblem();
        if (problem != null && problem.contains(TAB_PROBLEM)) {
            diags.error(loc, YamlPath.ROOT, "yaml syntax error: found a tab character where indentation is expected",
                    "indent with spaces; YAML does not allow tabs for indentation");
            return;
        }
        diags.error(loc, YamlPath.ROOT, "yaml syntax error: " + oneLine(problem));
    }

    private static String oneLine(String problem) {
        return problem == null ? "unreadable document" : problem.strip().replaceAll("\\s*\\n\\s*", " ");
    }
}
