package dev.jcompose.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * A table laid out as Docker's tabwriter lays out {@code docker compose ls} and {@code images}: every column but the
 * last as wide as its widest cell plus three spaces, and never narrower than twenty (ten for the docker CLI's own
 * tables, such as {@code stats}).
 */
final class TabTable {
    private static final int PADDING = 3;

    private final int minWidth;
    private final List<String[]> rows = new ArrayList<>();

    TabTable(String... headers) {
        this(20, headers);
    }

    TabTable(int minWidth, String... headers) {
        this.minWidth = minWidth;
        if (headers.length > 0) rows.add(headers);
    }

    TabTable row(String... cells) {
        rows.add(cells);
        return this;
    }

    void print(PrintWriter out) {
        int columns = rows.stream().mapToInt(r -> r.length).max().orElse(0);
        int[] widths = new int[columns];
        for (String[] r : rows) {
            for (int i = 0; i < r.length - 1; i++) {
                widths[i] = Math.max(widths[i], Math.max(minWidth, r[i].length() + PADDING));
            }
        }
        for (String[] r : rows) {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < r.length; i++) {
                b.append(r[i]);
                if (i < r.length - 1) b.append(" ".repeat(widths[i] - r[i].length()));
            }
            out.println(b);
        }
    }
}
