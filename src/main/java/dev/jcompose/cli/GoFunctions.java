package dev.jcompose.cli;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The functions {@code --format} templates call (the docker CLI's {@code json}, {@code upper}, {@code lower},
 * {@code title}, {@code join}, {@code split}, {@code pad}, {@code truncate}, and Go's {@code len}, {@code printf},
 * {@code print}, {@code println}, {@code eq}, {@code ne}, {@code lt}, {@code le}, {@code gt}, {@code ge},
 * {@code and}, {@code or}, {@code not}), and how Go prints and tests values.
 */
final class GoFunctions {

    static final String NO_VALUE = "<no value>";

    private GoFunctions() {
    }

    /** @throws IllegalArgumentException for an unknown function or arguments it does not take */
    static Object call(String name, List<Object> args) {
        return switch (name) {
            case "json" -> json(one(name, args));
            case "upper" -> print(one(name, args)).toUpperCase(Locale.ROOT);
            case "lower" -> print(one(name, args)).toLowerCase(Locale.ROOT);
            case "title" -> title(print(one(name, args)));
            case "len" -> (long) length(one(name, args));
            case "join" -> join(args);
            case "split" -> List.of(print(arg(name, args, 0, 2)).split(Pattern.quote(print(arg(name, args, 1, 2))), -1));
            case "pad" -> pad(print(arg(name, args, 0, 3)), number(arg(name, args, 1, 3)), number(arg(name, args, 2, 3)));
            case "truncate" -> truncate(print(arg(name, args, 0, 2)), (int) number(arg(name, args, 1, 2)));
            case "printf" -> printf(args);
            case "print" -> String.join("", args.stream().map(GoFunctions::print).toList());
            case "println" -> String.join(" ", args.stream().map(GoFunctions::print).toList()) + "\n";
            case "eq" -> args.size() >= 2 && args.subList(1, args.size()).stream().anyMatch(a -> same(args.get(0), a));
            case "ne" -> !same(arg(name, args, 0, 2), arg(name, args, 1, 2));
            case "lt" -> compare(name, args) < 0;
            case "le" -> compare(name, args) <= 0;
            case "gt" -> compare(name, args) > 0;
            case "ge" -> compare(name, args) >= 0;
            case "not" -> !isTrue(one(name, args));
            case "and" -> args.stream().filter(a -> !isTrue(a)).findFirst().orElse(args.isEmpty() ? null : args.get(args.size() - 1));
            case "or" -> args.stream().filter(GoFunctions::isTrue).findFirst().orElse(args.isEmpty() ? null : args.get(args.size() - 1));
            default -> throw new IllegalArgumentException("template: function \"" + name + "\" not defined");
        };
    }

    /** Go's truth: not false, 0, nil, or an empty string, list or map. */
    static boolean isTrue(Object v) {
        if (v == null || v instanceof Boolean b && !b) return false;
        if (v instanceof Number n) return n.doubleValue() != 0;
        if (v instanceof String s) return !s.isEmpty();
        if (v instanceof Collection<?> c) return !c.isEmpty();
        if (v instanceof Map<?, ?> m) return !m.isEmpty();
        return true;
    }

    /** As Go's {@code %v}: lists as {@code [a b]}, maps as {@code map[k:v]}, structs as {@code {a b}}. */
    static String print(Object v) {
        if (v == null) return NO_VALUE;
        if (v instanceof GoTemplate.Struct s) {
            return "{" + String.join(" ", s.fields().values().stream().map(GoFunctions::print).toList()) + "}";
        }
        if (v instanceof GoTemplate.Row row) return print(row.values());
        if (v instanceof Map<?, ?> m) {
            List<String> entries = new ArrayList<>();
            new TreeMap<>(m).forEach((k, value) -> {
                if (!(value instanceof GoTemplate.Method)) entries.add(k + ":" + print(value));
            });
            return "map[" + String.join(" ", entries) + "]";
        }
        if (v instanceof Collection<?> c) return "[" + String.join(" ", c.stream().map(GoFunctions::print).toList()) + "]";
        return v.toString();
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

    private static boolean same(Object a, Object b) {
        if (a instanceof Number x && b instanceof Number y) return x.longValue() == y.longValue();
        return Objects.equals(a, b);
    }

    private static int compare(String name, List<Object> args) {
        Object a = arg(name, args, 0, 2);
        Object b = arg(name, args, 1, 2);
        if (a instanceof Number x && b instanceof Number y) return Long.compare(x.longValue(), y.longValue());
        if (a instanceof String x && b instanceof String y) return x.compareTo(y);
        throw new IllegalArgumentException("template: " + name + ": incompatible types for comparison");
    }

    /** The docker CLI's {@code json}: Go's encoding without HTML escaping, but the whole row as it marshals itself. */
    private static String json(Object v) {
        if (v instanceof GoTemplate.Row row) {
            Map<String, Object> sorted = new TreeMap<>();
            row.values().forEach((k, value) -> {
                if (!(value instanceof GoTemplate.Method)) sorted.put(k, value);
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
        if (v instanceof String s) return s.getBytes(StandardCharsets.UTF_8).length;
        throw new IllegalArgumentException("template: len of " + print(v));
    }

    private static String join(List<Object> args) {
        if (args.size() != 2 || !(args.get(0) instanceof Collection<?> list)) {
            throw new IllegalArgumentException("template: join takes a list and a separator");
        }
        return String.join(print(args.get(1)), list.stream().map(GoFunctions::print).toList());
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
}
