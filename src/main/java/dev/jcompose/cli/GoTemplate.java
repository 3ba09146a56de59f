package dev.jcompose.cli;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The part of Go's text/template that {@code --format} strings use in practice, with the docker CLI's functions:
 * {@code {{.Field}}}, a method with arguments ({@code {{.Label "com.docker.compose.service"}}}), {@code {{.}}},
 * pipelines ({@code {{.Name | upper}}}), the functions {@code json}, {@code upper}, {@code lower}, {@code title},
 * {@code join}, {@code split}, {@code pad}, {@code truncate}, {@code len} and {@code printf} ({@code %s %d %v}),
 * the {@code {{-}}/{{- }}} trim markers, {@code \t} and {@code \n} escapes, and the {@code table} prefix that adds
 * a header row. Values print as Go's {@code %v} prints them. Control actions ({@code if}, {@code range}) are not
 * supported.
 */
final class GoTemplate {

    /** A Go struct: prints as {@code {v1 v2}} where a map prints as {@code map[k:v]}; JSON sees its fields in order. */
    record Struct(Map<String, Object> fields) {
    }

    /** A method that takes string arguments, such as {@code .Label "name"}; left out of {@code {{json .}}}. */
    interface Method extends Function<List<String>, Object> {
    }

    private record Action(List<List<String>> commands, String source) {
    }

    /** {@code .}: the whole row, which the docker CLI marshals with Go's HTML escaping and sorted keys. */
    private record Root(Map<String, ?> values) {
    }

    private static final String NO_VALUE = "<no value>";

    private final List<Object> parts;
    private final boolean table;

    private GoTemplate(String body, boolean table) {
        this.parts = parts(body.replace("\\t", "\t").replace("\\n", "\n"));
        this.table = table;
    }

    /** @throws IllegalArgumentException for an action that does not parse */
    static GoTemplate parse(String format) {
        if (format.startsWith("table")) return new GoTemplate(format.substring("table".length()).strip(), true);
        return new GoTemplate(format, false);
    }

    boolean isTable() {
        return table;
    }

    /** @throws IllegalArgumentException naming a field that {@code values} does not have */
    String render(Map<String, ?> values) {
        return render(values, false);
    }

    /**
     * The header row of a table: each field's header, {@code <no value>} for a field without one (as the docker CLI
     * prints it), a method's argument for a method.
     */
    String renderHeader(Map<String, String> headers) {
        return render(headers, true);
    }

    private String render(Map<String, ?> values, boolean header) {
        StringBuilder out = new StringBuilder();
        for (Object part : parts) {
            if (part instanceof String text) {
                out.append(text);
            } else {
                out.append(print(evaluate((Action) part, values, header)));
            }
        }
        return out.toString();
    }

    private static List<Object> parts(String body) {
        List<Object> parts = new ArrayList<>();
        int at = 0;
        while (true) {
            int open = body.indexOf("{{", at);
            if (open < 0) {
                parts.add(body.substring(at));
                return parts;
            }
            int close = body.indexOf("}}", open);
            if (close < 0) throw new IllegalArgumentException("template: unclosed action: " + body.substring(open));
            String inside = body.substring(open + 2, close);
            String text = body.substring(at, open);
            if (inside.startsWith("- ") || inside.equals("-")) {
                text = text.stripTrailing();
                inside = inside.substring(1);
            }
            boolean trimAfter = inside.endsWith(" -");
            if (trimAfter) inside = inside.substring(0, inside.length() - 2);
            parts.add(text);
            parts.add(new Action(commands(inside.strip()), inside.strip()));
            at = close + 2;
            if (trimAfter) {
                while (at < body.length() && Character.isWhitespace(body.charAt(at))) at++;
            }
        }
    }

    /** {@code a "b c" | d} → [[a, "b c"], [d]]; string literals keep their quotes. */
    private static List<List<String>> commands(String pipeline) {
        List<List<String>> commands = new ArrayList<>();
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < pipeline.length(); i++) {
            char c = pipeline.charAt(i);
            if (c == '"') {
                int end = i + 1;
                while (end < pipeline.length() && pipeline.charAt(end) != '"') end += pipeline.charAt(end) == '\\' ? 2 : 1;
                if (end >= pipeline.length()) throw new IllegalArgumentException("template: unterminated quoted string");
                word.append(pipeline, i, end + 1);
                i = end;
            } else if (Character.isWhitespace(c) || c == '|') {
                if (!word.isEmpty()) words.add(word.toString());
                word.setLength(0);
                if (c == '|') {
                    commands.add(words);
                    words = new ArrayList<>();
                }
            } else {
                word.append(c);
            }
        }
        if (!word.isEmpty()) words.add(word.toString());
        commands.add(words);
        for (List<String> command : commands) {
            if (command.isEmpty()) throw new IllegalArgumentException("template: missing value in \"" + pipeline + "\"");
            String first = command.get(0);
            if (first.equals("if") || first.equals("range") || first.equals("with") || first.equals("end")
                    || first.equals("else") || first.equals("define") || first.equals("template")) {
                throw new IllegalArgumentException("template: the " + first + " action is not supported");
            }
        }
        return commands;
    }

    private static Object evaluate(Action action, Map<String, ?> values, boolean header) {
        Object piped = null;
        boolean hasPiped = false;
        for (List<String> command : action.commands()) {
            piped = command(command, hasPiped, piped, values, header);
            hasPiped = true;
        }
        return piped;
    }

    private static Object command(List<String> words, boolean hasPiped, Object piped, Map<String, ?> values,
                                  boolean header) {
        String first = words.get(0);
        if (first.startsWith(".") && first.length() > 1) {
            Object value = field(first.substring(1), values, header);
            List<String> args = words.subList(1, words.size()).stream().map(GoTemplate::literal).map(String::valueOf).toList();
            if (header && !args.isEmpty()) return args.get(0);
            if (value instanceof Method m) return m.apply(args);
            if (!args.isEmpty()) throw new IllegalArgumentException("template: " + first.substring(1) + " is not a method but has arguments");
            return value;
        }
        if (!Character.isLetter(first.charAt(0))) {
            if (words.size() > 1) throw new IllegalArgumentException("template: can't give arguments to " + first);
            return operand(first, values, header);
        }
        List<Object> args = new ArrayList<>();
        for (String w : words.subList(1, words.size())) args.add(operand(w, values, header));
        if (hasPiped) args.add(piped);
        return function(first, args);
    }

    private static Object operand(String word, Map<String, ?> values, boolean header) {
        if (word.equals(".")) return new Root(values);
        if (word.startsWith(".")) return field(word.substring(1), values, header);
        return literal(word);
    }

    private static Object field(String name, Map<String, ?> values, boolean header) {
        Object value = values.get(name);
        if (value != null) return value;
        if (header) return NO_VALUE;
        throw new IllegalArgumentException("template: can't evaluate field " + name + " (fields: "
                + String.join(", ", values.keySet()) + ")");
    }

    private static Object literal(String word) {
        if (word.startsWith("\"")) {
            String s = word.substring(1, word.length() - 1);
            return s.replace("\\t", "\t").replace("\\n", "\n").replace("\\\"", "\"").replace("\\\\", "\\");
        }
        if (word.equals("true") || word.equals("false")) return Boolean.valueOf(word);
        try {
            return Long.parseLong(word);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("template: function \"" + word + "\" not defined");
        }
    }

    private static Object function(String name, List<Object> args) {
        return switch (name) {
            case "json" -> json(one(name, args));
            case "upper" -> print(one(name, args)).toUpperCase(Locale.ROOT);
            case "lower" -> print(one(name, args)).toLowerCase(Locale.ROOT);
            case "title" -> title(print(one(name, args)));
            case "len" -> (long) length(one(name, args));
            case "join" -> join(args);
            case "split" -> List.of(print(arg(name, args, 0, 2)).split(java.util.regex.Pattern.quote(
                    print(arg(name, args, 1, 2))), -1));
            case "pad" -> pad(print(arg(name, args, 0, 3)), number(arg(name, args, 1, 3)), number(arg(name, args, 2, 3)));
            case "truncate" -> truncate(print(arg(name, args, 0, 2)), (int) number(arg(name, args, 1, 2)));
            case "printf" -> printf(args);
            case "print" -> String.join("", args.stream().map(GoTemplate::print).toList());
            case "println" -> String.join(" ", args.stream().map(GoTemplate::print).toList()) + "\n";
            default -> throw new IllegalArgumentException("template: function \"" + name + "\" not defined");
        };
    }

    private static Object one(String name, List<Object> args) {
        return arg(name, args, 0, 1);
    }

    private static Object arg(String name, List<Object> args, int index, int count) {
        if (args.size() != count) {
            throw new IllegalArgumentException("template: wrong number of args for " + name + ": want " + count
                    + " got " + args.size());
        }
        return args.get(index);
    }

    private static long number(Object v) {
        if (v instanceof Number n) return n.longValue();
        throw new IllegalArgumentException("template: expected an integer; got " + print(v));
    }

    private static String json(Object v) {
        if (v instanceof Root root) {
            Map<String, Object> sorted = new TreeMap<>();
            root.values().forEach((k, value) -> {
                if (!(value instanceof Method)) sorted.put(k, value);
            });
            return GoJson.compact(sorted);
        }
        return GoJson.compactUnescaped(v);
    }

    private static String title(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean start = true;
        for (char c : s.toCharArray()) {
            b.append(start ? Character.toTitleCase(c) : c);
            start = !Character.isLetterOrDigit(c) && c != '_' && c != '\'';
        }
        return b.toString();
    }

    private static int length(Object v) {
        if (v instanceof Collection<?> c) return c.size();
        if (v instanceof Map<?, ?> m) return m.size();
        if (v instanceof String s) return s.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        throw new IllegalArgumentException("template: len of " + print(v));
    }

    private static String join(List<Object> args) {
        if (args.size() != 2 || !(args.get(0) instanceof Collection<?> list)) {
            throw new IllegalArgumentException("template: join takes a list and a separator");
        }
        return String.join(print(args.get(1)), list.stream().map(GoTemplate::print).toList());
    }

    private static String pad(String s, long before, long after) {
        return s.isEmpty() ? s : " ".repeat((int) before) + s + " ".repeat((int) after);
    }

    private static String truncate(String s, int length) {
        return s.length() < length ? s : s.substring(0, length);
    }

    private static String printf(List<Object> args) {
        if (args.isEmpty()) throw new IllegalArgumentException("template: wrong number of args for printf");
        String format = print(args.get(0));
        StringBuilder out = new StringBuilder();
        int next = 1;
        for (int i = 0; i < format.length(); i++) {
            char c = format.charAt(i);
            if (c != '%' || i + 1 >= format.length()) {
                out.append(c);
                continue;
            }
            char verb = format.charAt(++i);
            if (verb == '%') {
                out.append('%');
            } else if (next < args.size()) {
                Object v = args.get(next++);
                out.append(verb == 'q' ? GoJson.compactUnescaped(print(v)) : print(v));
            } else {
                out.append("%!").append(verb).append("(MISSING)");
            }
        }
        return out.toString();
    }

    /** As Go's {@code %v}: lists as {@code [a b]}, maps as {@code map[k:v]}, structs as {@code {a b}}. */
    static String print(Object v) {
        if (v == null) return NO_VALUE;
        if (v instanceof Root root) return print(root.values());
        if (v instanceof Struct s) return "{" + String.join(" ", s.fields().values().stream().map(GoTemplate::print).toList()) + "}";
        if (v instanceof Map<?, ?> m) {
            List<String> entries = new ArrayList<>();
            new TreeMap<>(m).forEach((k, value) -> {
                if (!(value instanceof Method)) entries.add(k + ":" + print(value));
            });
            return "map[" + String.join(" ", entries) + "]";
        }
        if (v instanceof Collection<?> c) return "[" + String.join(" ", c.stream().map(GoTemplate::print).toList()) + "]";
        return v.toString();
    }
}
