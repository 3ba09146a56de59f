package dev.jcompose.exec;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Follows a classic build's output ("Step 2/5 : RUN make") so that a failure can name the step that failed and
 * the Dockerfile line it came from.
 */
final class BuildSteps {
    private static final Pattern STEP = Pattern.compile("^Step (\\d+/\\d+) : (.*)$");

    private record Instruction(int line, String text) {
    }

    private final List<Instruction> instructions;
    private volatile String step;
    private volatile String stepText;

    BuildSteps(String dockerfile) {
        this.instructions = parse(dockerfile == null ? "" : dockerfile);
    }

    void observe(String outputLine) {
        Matcher m = STEP.matcher(outputLine.strip());
        if (m.matches()) {
            step = m.group(1);
            stepText = m.group(2).strip();
        }
    }

    /**
     * "step 2/3 `RUN exit 3` (Dockerfile:3) failed: <engine's words>", or just the engine's words when no step
     * had begun (the context or the Dockerfile itself was refused).
     */
    String failure(String shownAs, String engineMessage) {
        String why = engineMessage.replaceFirst("^Could not build image: ", "");
        if (step == null) return why;
        int line = lineOf(stepText);
        String where = line > 0 ? " (" + shownAs + ":" + line + ")" : "";
        return "step " + step + " `" + stepText + "`" + where + " failed: " + why;
    }

    /** The line the instruction starts on, matched by its text with runs of blanks and line continuations folded. */
    private int lineOf(String text) {
        String wanted = fold(text);
        for (Instruction i : instructions) {
            if (fold(i.text()).equals(wanted)) return i.line();
        }
        return 0;
    }

    private static String fold(String s) {
        String folded = s.replaceAll("\\s+", " ").strip();
        int space = folded.indexOf(' ');
        String keyword = space < 0 ? folded : folded.substring(0, space);
        return keyword.toUpperCase(Locale.ROOT) + (space < 0 ? "" : folded.substring(space));
    }

    /** Instructions with their first line: comments and blank lines skipped, {@code \}-continued lines joined. */
    private static List<Instruction> parse(String dockerfile) {
        List<Instruction> out = new ArrayList<>();
        String[] lines = dockerfile.split("\r?\n", -1);
        StringBuilder current = null;
        int start = 0;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            String trimmed = line.strip();
            if (current == null && (trimmed.isEmpty() || trimmed.startsWith("#"))) continue;
            if (current != null && trimmed.startsWith("#")) continue;
            if (current == null) {
                current = new StringBuilder();
                start = i + 1;
            }
            if (trimmed.endsWith("\\")) {
                current.append(trimmed, 0, trimmed.length() - 1).append(' ');
                continue;
            }
            current.append(trimmed);
            out.add(new Instruction(start, current.toString()));
            current = null;
        }
        if (current != null) out.add(new Instruction(start, current.toString()));
        return out;
    }
}
