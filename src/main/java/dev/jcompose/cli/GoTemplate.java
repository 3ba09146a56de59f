package dev.jcompose.cli;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The part of Go's text/template that {@code --format} strings use in practice: {@code {{.Field}}} placeholders,
 * {@code \t} and {@code \n} escapes, and the {@code table} prefix that adds a header row.
 */
final class GoTemplate {
    private static final Pattern FIELD = Pattern.compile("\\{\\{\\s*\\.(\\w+)\\s*}}");

    private final String body;
    private final boolean table;

    private GoTemplate(String body, boolean table) {
        this.body = body.replace("\\t", "\t").replace("\\n", "\n");
        this.table = table;
    }

    static GoTemplate parse(String format) {
        if (format.startsWith("table")) return new GoTemplate(format.substring("table".length()).strip(), true);
        return new GoTemplate(format, false);
    }

    boolean isTable() {
        return table;
    }

    /** @throws IllegalArgumentException naming a field that {@code values} does not have */
    String render(Map<String, String> values) {
        Matcher m = FIELD.matcher(body);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            if (value == null) {
                throw new IllegalArgumentException("template: can't evaluate field " + m.group(1)
                        + " (fields: " + String.join(", ", values.keySet()) + ")");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }
}
