package dev.jcompose.diag;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Collects diagnostics across loader stages, so that all problems are reported at once. Not thread-safe. */
public final class Diagnostics {

    private final Set<Diagnostic> items = new LinkedHashSet<>();

    public void add(Diagnostic d) {
        items.add(d);
    }

    public void addAll(Iterable<Diagnostic> ds) {
        for (Diagnostic d : ds) add(d);
    }

    public void error(SourceLocation location, YamlPath path, String message) {
        add(Diagnostic.error(location, path, message));
    }

    public void error(SourceLocation location, YamlPath path, String message, String hint) {
        add(Diagnostic.error(location, path, message, hint));
    }

    public void warning(SourceLocation location, YamlPath path, String message) {
        add(Diagnostic.warning(location, path, message));
    }

    public void warning(SourceLocation location, YamlPath path, String message, String hint) {
        add(Diagnostic.warning(location, path, message, hint));
    }

    public boolean hasErrors() {
        for (Diagnostic d : items) if (d.isError()) return true;
        return false;
    }

    public int count() {
        return items.size();
    }

    public boolean isEmpty() {
        return items.isEmpty();
    }

    /** All diagnostics, sorted by location, then path, then message. */
    public List<Diagnostic> sorted() {
        List<Diagnostic> l = new ArrayList<>(items);
        Collections.sort(l);
        return l;
    }

    public List<Diagnostic> errors() {
        return sorted().stream().filter(Diagnostic::isError).toList();
    }

    public List<Diagnostic> warnings() {
        return sorted().stream().filter(d -> !d.isError()).toList();
    }

    /** Throws {@link InvalidProjectException} with every diagnostic collected so far if any is an error. */
    public void throwIfErrors() {
        if (hasErrors()) throw new InvalidProjectException(sorted());
    }
}
