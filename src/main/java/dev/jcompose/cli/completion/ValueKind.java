package dev.jcompose.cli.completion;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Model.ArgSpec;

/**
 * What completes an option's value or a positional argument, read from picocli's model: the option's fixed
 * values (an enum's constants, spelled as users type them), a file, a directory, a service of the project, a
 * {@code SERVICE=N} assignment, or nothing known.
 */
public record ValueKind(Kind kind, List<String> words) {

    public enum Kind { NONE, WORDS, FILE, DIRECTORY, SERVICE, SERVICE_ASSIGNMENT }

    public ValueKind {
        words = List.copyOf(words);
    }

    public static ValueKind of(ArgSpec arg) {
        String label = arg.paramLabel().replace("<", "").replace(">", "").toUpperCase(Locale.ROOT);
        Iterable<String> fixed = arg.completionCandidates();
        if (fixed != null) {
            List<String> words = new ArrayList<>();
            for (String w : fixed) words.add(arg.type().isEnum() && w.equals(w.toUpperCase(Locale.ROOT))
                    ? w.toLowerCase(Locale.ROOT) : w);
            return new ValueKind(Kind.WORDS, words);
        }
        if (label.startsWith("SERVICE")) {
            return of(label.contains("=") ? Kind.SERVICE_ASSIGNMENT : Kind.SERVICE);
        }
        Class<?> type = arg.type();
        if (type == File.class || type == Path.class || label.equals("FILE")) return of(Kind.FILE);
        if (label.equals("PATH") || label.equals("DIRECTORY")) return of(Kind.DIRECTORY);
        return of(Kind.NONE);
    }

    private static ValueKind of(Kind kind) {
        return new ValueKind(kind, List.of());
    }
}
