package dev.jcompose.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Rows printed as a docker CLI {@code --format} asks: {@code table} (the default template), {@code table TEMPLATE}
 * (a header row from {@code headers}, then aligned rows), {@code json} (one object per row, keys sorted), or a bare
 * {@code TEMPLATE} (one line per row).
 *
 * @param defaultTemplate what {@code table} (or no format) means, e.g. {@code table {{.Driver}}\t{{.Name}}}
 * @param headers         each field's column header
 */
record TemplateRows(String defaultTemplate, Map<String, String> headers) {

    /** @param format null or empty for the default */
    void print(String format, List<Map<String, String>> rows, PrintWriter out) {
        String f = format == null || format.isEmpty() || format.equals("table") ? defaultTemplate : format;
        if (f.equals("json")) {
            for (Map<String, String> row : rows) out.println(GoJson.compact(new TreeMap<>(row)));
            return;
        }
        GoTemplate template = GoTemplate.parse(f);
        try {
            if (!template.isTable()) {
                for (Map<String, String> row : rows) out.println(template.render(row));
                return;
            }
            TabTable table = new TabTable(10);
            table.row(template.render(headers).split("\t", -1));
            for (Map<String, String> row : rows) table.row(template.render(row).split("\t", -1));
            table.print(out);
        } catch (IllegalArgumentException e) {
            throw new CommandFailedException(e.getMessage());
        }
    }
}
