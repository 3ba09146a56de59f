package dev.jcompose.diag;

import java.util.List;

/** Renders diagnostics one per line, each optionally followed by an indented {@code hint:} line. */
public final class DiagnosticFormatter {

    private DiagnosticFormatter() {
    }

    public static String format(Diagnostic d) {
        String prefix = d.isError() ? "" : "warning: ";
        StringBuilder b = new StringBuilder(prefix).append(d.headline());
        if (d.hint() != null && !d.hint().isEmpty()) {
            b.append('\n').append("  hint: ").append(d.hint());
        }
        return b.toString();
    }

    public static String format(List<Diagnostic> ds) {
        StringBuilder b = new StringBuilder();
        for (Diagnostic d : ds) b.append(format(d)).append('\n');
        return b.toString();
    }
}
