package dev.jcompose.diag;

/**
 * Where a value came from: a file (as the user named it, or "-" for stdin) and a 1-based line and column.
 * {@link #UNKNOWN} stands for values that have no source, such as defaults.
 */
public record SourceLocation(String file, int line, int column) implements Comparable<SourceLocation> {

    public static final SourceLocation UNKNOWN = new SourceLocation("", 0, 0);

    public static SourceLocation of(String file, int line, int column) {
        return new SourceLocation(file, line, column);
    }

    public boolean isKnown() {
        return line > 0;
    }

    @Override
    public int compareTo(SourceLocation o) {
        int c = file.compareTo(o.file);
        if (c != 0) return c;
        c = Integer.compare(line, o.line);
        if (c != 0) return c;
        return Integer.compare(column, o.column);
    }

    /** {@code file:line:col}, or just the file when the position is unknown. */
    @Override
    public String toString() {
        if (!isKnown()) return file;
        return file + ":" + line + ":" + column;
    }
}
