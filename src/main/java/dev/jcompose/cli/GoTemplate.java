package dev.jcompose.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Go's text/template as {@code --format} strings use it: {@code {{.Field}}} (and {@code .A.B}, {@code $.Field}), a
 * method with arguments ({@code {{.Label "com.docker.compose.service"}}}), {@code {{.}}}, pipelines
 * ({@code {{.Name | upper}}}), parenthesised pipelines, {@code if}/{@code else if}/{@code else}, {@code range} and
 * {@code with}, the functions of {@link GoFunctions}, the {@code {{-}}/{{- }}} trim markers, {@code \t} and
 * {@code \n} escapes, and the {@code table} prefix that adds a header row. Values print as Go's {@code %v} prints
 * them.
 */
final class GoTemplate {

    /** A Go struct: prints as {@code {v1 v2}} where a map prints as {@code map[k:v]}; JSON sees its fields in order. */
    record Struct(Map<String, Object> fields) {
    }

    /** A method that takes string arguments, such as {@code .Label "name"}; left out of {@code {{json .}}}. */
    interface Method extends Function<List<String>, Object> {
    }

    /** The row a template runs on ({@code .} at the top, {@code $}); marshals itself with sorted keys, as Docker's. */
    record Row(Map<String, ?> values) {
    }

    private sealed interface Node permits Text, Print, Branch, Range {
    }

    private record Text(String text) implements Node {
    }

    private record Print(List<List<String>> pipeline) implements Node {
    }

    /** {@code if} and {@code with} ({@code with} runs its body with the value as {@code .}). */
    private record Branch(List<List<String>> test, List<Node> then, List<Node> otherwise, boolean with)
            implements Node {
    }

    private record Range(List<List<String>> over, List<Node> body, List<Node> otherwise) implements Node {
    }

    private record Action(String text) {
        String keyword() {
            int space = text.indexOf(' ');
            return space < 0 ? text : text.substring(0, space);
        }

        String rest() {
            int space = text.indexOf(' ');
            return space < 0 ? "" : text.substring(space + 1).strip();
        }
    }

    /** What the nodes run against: the row, and whether this is a table's header row. */
    private record Scope(Row root, boolean header) {
    }

    private final List<Node> nodes;
    private final boolean table;

    private GoTemplate(String body, boolean table) {
        this.nodes = new Parser(tokens(body.replace("\\t", "\t").replace("\\n", "\n"))).top();
        this.table = table;
    }

    /** @throws IllegalArgumentException for a template that does not parse */
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
        Row row = new Row(values);
        StringBuilder out = new StringBuilder();
        run(nodes, row, new Scope(row, header), out);
        return out.toString();
    }

    /**
     * Every row through the template: a line each, or for a table template a header row (from {@code headers}) and
     * the rows, their tab-separated cells aligned as the docker CLI's tabwriter aligns them.
     *
     * @throws IllegalArgumentException naming a field a row does not have
     */
    void print(List<? extends Map<String, ?>> rows, Map<String, String> headers, PrintWriter out) {
        if (!table) {
            for (Map<String, ?> row : rows) out.println(render(row));
            return;
        }
        TabTable aligned = new TabTable(10);
        aligned.row(renderHeader(headers).split("\t", -1));
        for (Map<String, ?> row : rows) aligned.row(render(row).split("\t", -1));
        aligned.print(out);
    }

    /** Text and actions in turn: a String for text, an {@link Action} for what is between the braces. */
    private static List<Object> tokens(String body) {
        List<Object> tokens = new ArrayList<>();
        int at = 0;
        while (true) {
            int open = body.indexOf("{{", at);
            if (open < 0) {
                tokens.add(body.substring(at));
                return tokens;
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
            tokens.add(text);
            tokens.add(new Action(inside.strip()));
            at = close + 2;
            if (trimAfter) {
                while (at < body.length() && Character.isWhitespace(body.charAt(at))) at++;
            }
        }
    }

    /** Tokens → nodes, the control actions nested up to their {@code end}. */
    private static final class Parser {
        private final List<Object> tokens;
        private int at;

        Parser(List<Object> tokens) {
            this.tokens = tokens;
        }

        List<Node> top() {
            List<Node> nodes = list();
            if (at < tokens.size()) {
                throw new IllegalArgumentException("template: unexpected {{" + ((Action) tokens.get(at)).text() + "}}");
            }
            return nodes;
        }

        /** Nodes up to an {@code else} or {@code end} (not consumed) or the end of the template. */
        private List<Node> list() {
            List<Node> nodes = new ArrayList<>();
            while (at < tokens.size()) {
                Object token = tokens.get(at);
                if (token instanceof String text) {
                    at++;
                    if (!text.isEmpty()) nodes.add(new Text(text));
                    continue;
                }
                Action action = (Action) token;
                switch (action.keyword()) {
                    case "end", "else" -> {
                        return nodes;
                    }
                    case "if", "with", "range" -> {
                        at++;
                        nodes.add(control(action.keyword(), action.rest()));
                    }
                    case "define", "template", "block", "break", "continue" ->
                            throw new IllegalArgumentException("template: the " + action.keyword() + " action is not supported");
                    default -> {
                        at++;
                        nodes.add(new Print(pipeline(action.text())));
                    }
                }
            }
            return nodes;
        }

        private Node control(String keyword, String test) {
            List<List<String>> pipeline = pipeline(test);
            List<Node> body = list();
            List<Node> otherwise = List.of();
            Action stop = next(keyword);
            if (stop.keyword().equals("else")) {
                if (stop.rest().startsWith("if ") && keyword.equals("if")) {
                    // {{else if x}} opens a branch that the same {{end}} closes
                    otherwise = List.of(control("if", stop.rest().substring(3)));
                    return new Branch(pipeline, body, otherwise, false);
                }
                otherwise = list();
                next(keyword);
            }
            return keyword.equals("range") ? new Range(pipeline, body, otherwise)
                    : new Branch(pipeline, body, otherwise, keyword.equals("with"));
        }

        private Action next(String keyword) {
            if (at >= tokens.size()) throw new IllegalArgumentException("template: unexpected EOF in " + keyword);
            return (Action) tokens.get(at++);
        }
    }

    /** {@code a "b c" (d e) | f} → [[a, "b c", (d e)], [f]]; string literals keep their quotes. */
    private static List<List<String>> pipeline(String text) {
        List<List<String>> commands = new ArrayList<>();
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '(') {
                int end = closing(text, i);
                word.append(text, i, end + 1);
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
            if (command.isEmpty()) throw new IllegalArgumentException("template: missing value in \"" + text + "\"");
        }
        return commands;
    }

    /** Where the string literal or parenthesis opened at {@code open} closes. */
    private static int closing(String text, int open) {
        int depth = 0;
        for (int i = open; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                int end = i + 1;
                while (end < text.length() && text.charAt(end) != '"') end += text.charAt(end) == '\\' ? 2 : 1;
                if (end >= text.length()) throw new IllegalArgumentException("template: unterminated quoted string");
                if (i == open) return end;
                i = end;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        throw new IllegalArgumentException("template: unclosed left paren");
    }

    private static void run(List<Node> nodes, Object dot, Scope scope, StringBuilder out) {
        for (Node node : nodes) {
            if (node instanceof Text t) {
                out.append(t.text());
            } else if (node instanceof Print p) {
                out.append(GoFunctions.print(evaluate(p.pipeline(), dot, scope)));
            } else if (node instanceof Branch b) {
                Object value = evaluate(b.test(), dot, scope);
                if (GoFunctions.isTrue(value)) {
                    run(b.then(), b.with() ? value : dot, scope, out);
                } else {
                    run(b.otherwise(), dot, scope, out);
                }
            } else if (node instanceof Range r) {
                Object value = evaluate(r.over(), dot, scope);
                Collection<?> items = value instanceof Collection<?> c ? c
                        : value instanceof Map<?, ?> m ? m.values() : null;
                if (items == null && !scope.header()) {
                    throw new IllegalArgumentException("template: range can't iterate over " + GoFunctions.print(value));
                }
                if (items == null || items.isEmpty()) {
                    run(r.otherwise(), dot, scope, out);
                } else {
                    for (Object item : items) run(r.body(), item, scope, out);
                }
            }
        }
    }

    private static Object evaluate(List<List<String>> pipeline, Object dot, Scope scope) {
        Object piped = null;
        boolean hasPiped = false;
        for (List<String> command : pipeline) {
            piped = command(command, hasPiped, piped, dot, scope);
            hasPiped = true;
        }
        return piped;
    }

    private static Object command(List<String> words, boolean hasPiped, Object piped, Object dot, Scope scope) {
        String first = words.get(0);
        List<String> rest = words.subList(1, words.size());
        if (isField(first)) {
            Object value = operand(first, dot, scope);
            List<String> args = rest.stream().map(w -> GoFunctions.print(literal(w))).toList();
            if (scope.header() && !args.isEmpty()) return args.get(0);
            if (value instanceof Method m) return m.apply(args);
            if (!args.isEmpty()) throw new IllegalArgumentException("template: " + first + " is not a method but has arguments");
            return value;
        }
        if (!Character.isLetter(first.charAt(0)) || first.equals("true") || first.equals("false")) {
            if (!rest.isEmpty()) throw new IllegalArgumentException("template: can't give arguments to " + first);
            return operand(first, dot, scope);
        }
        List<Object> args = new ArrayList<>();
        for (String w : rest) args.add(operand(w, dot, scope));
        if (hasPiped) args.add(piped);
        return GoFunctions.call(first, args);
    }

    private static boolean isField(String word) {
        return word.length() > 1 && (word.startsWith(".") || word.startsWith("$."));
    }

    private static Object operand(String word, Object dot, Scope scope) {
        if (word.equals(".")) return dot;
        if (word.equals("$")) return scope.root();
        if (word.startsWith("(")) return evaluate(pipeline(word.substring(1, word.length() - 1)), dot, scope);
        if (isField(word)) {
            Object value = word.startsWith("$") ? scope.root() : dot;
            for (String name : word.substring(word.indexOf('.') + 1).split("\\.")) value = field(value, name, scope);
            return value;
        }
        return literal(word);
    }

    private static Object field(Object of, String name, Scope scope) {
        Map<String, ?> fields = of instanceof Row row ? row.values() : of instanceof Struct s ? s.fields()
                : of instanceof Map<?, ?> m ? stringKeyed(m) : Map.of();
        Object value = fields.get(name);
        if (value != null) return value;
        if (scope.header()) return GoFunctions.NO_VALUE;
        throw new IllegalArgumentException("template: can't evaluate field " + name + " (fields: "
                + String.join(", ", fields.keySet()) + ")");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, ?> stringKeyed(Map<?, ?> m) {
        return (Map<String, ?>) m;
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
}
