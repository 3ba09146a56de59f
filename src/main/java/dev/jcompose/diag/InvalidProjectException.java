package dev.jcompose.diag;

import java.util.List;

/** The project files cannot be turned into a model. Carries every diagnostic (errors and warnings), sorted. */
public final class InvalidProjectException extends RuntimeException {

    private final List<Diagnostic> diagnostics;

    public InvalidProjectException(List<Diagnostic> diagnostics) {
        super(summary(diagnostics));
        this.diagnostics = List.copyOf(diagnostics);
    }

    public InvalidProjectException(Diagnostic diagnostic) {
        this(List.of(diagnostic));
    }

    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    private static String summary(List<Diagnostic> ds) {
        return ds.stream().filter(Diagnostic::isError).findFirst().map(Diagnostic::headline).orElse("invalid project");
    }
}
