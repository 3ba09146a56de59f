package dev.jcompose.diag;

import java.util.Comparator;
import java.util.Objects;

/**
 * One problem found in the user's files, located and explained:
 * {@code compose.yaml:14:9: services.web.ports[0]: "80800" is not a valid port (1-65535)} and an optional hint.
 */
public record Diagnostic(Severity severity, SourceLocation location, YamlPath path, String message, String hint)
        implements Comparable<Diagnostic> {

    private static final Comparator<Diagnostic> ORDER = Comparator
            .comparing(Diagnostic::location)
            .thenComparing(Diagnostic::path)
            .thenComparing(Diagnostic::message);

    public Diagnostic {
        Objects.requireNonNull(severity);
        location = location == null ? SourceLocation.UNKNOWN : location;
        path = path == null ? YamlPath.ROOT : path;
        Objects.requireNonNull(message);
    }

    public static Diagnostic error(SourceLocation location, YamlPath path, String message) {
        return new Diagnostic(Severity.ERROR, location, path, message, null);
    }

    public static Diagnostic error(SourceLocation location, YamlPath path, String message, String hint) {
        return new Diagnostic(Severity.ERROR, location, path, message, hint);
    }

    public static Diagnostic warning(SourceLocation location, YamlPath path, String message) {
        return new Diagnostic(Severity.WARNING, location, path, message, null);
    }

    public static Diagnostic warning(SourceLocation location, YamlPath path, String message, String hint) {
        return new Diagnostic(Severity.WARNING, location, path, message, hint);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    public Diagnostic withHint(String newHint) {
        return new Diagnostic(severity, location, path, message, newHint);
    }

    /** The first line as the user sees it, without the hint and without a severity prefix. */
    public String headline() {
        StringBuilder b = new StringBuilder();
        String loc = location.toString();
        if (!loc.isEmpty()) b.append(loc).append(": ");
        if (!path.isRoot()) b.append(path).append(": ");
        b.append(message);
        return b.toString();
    }

    @Override
    public int compareTo(Diagnostic o) {
        return ORDER.compare(this, o);
    }

    @Override
    public String toString() {
        return hint == null ? headline() : headline() + "\n  hint: " + hint;
    }
}
