package dev.jcompose.loader.interpolate;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Compose Specification variable substitution in one string: {@code $VAR}, {@code ${VAR}}, the default forms
 * {@code :-} and {@code -}, the required forms {@code :?} and {@code ?}, the replacement forms {@code :+} and
 * {@code +} (arguments are interpolated themselves, so forms nest), and {@code $$} for a literal dollar. A dollar
 * followed by anything else ({@code $(date)}, {@code $1}) is kept as written; only a malformed {@code ${…}} is an
 * error.
 * Like compose-go, an argument is interpolated even when it ends up unused.
 */
final class Template {

    /** Why a string could not be substituted; {@code invalidFormat} separates syntax errors from missing values. */
    static final class Failure extends Exception {
        final boolean invalidFormat;

        Failure(String message, boolean invalidFormat) {
            super(message, null, false, false);
            this.invalidFormat = invalidFormat;
        }
    }

    private final Function<String, String> lookup;
    private final Consumer<String> onUnset;
    /** When listing variables: told about each braced use, which then substitutes to nothing and never fails. */
    private Consumer<Variables.Variable> uses;

    /**
     * @param lookup  a variable's value, or null when it is unset
     * @param onUnset told about each unset variable used without a default
     */
    Template(Function<String, String> lookup, Consumer<String> onUnset) {
        this.lookup = lookup;
        this.onUnset = onUnset;
    }

    /** The variables {@code s} uses, in order, each with the form it is used in. */
    static List<Variables.Variable> uses(String s) throws Failure {
        List<Variables.Variable> out = new ArrayList<>();
        Template listing = new Template(name -> null, name -> out.add(new Variables.Variable(name, false, "", "")));
        listing.uses = out::add;
        listing.substitute(s);
        return out;
    }

    String substitute(String s) throws Failure {
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c != '$') {
                out.append(c);
                i++;
                continue;
            }
            char next = i + 1 < s.length() ? s.charAt(i + 1) : 0;
            if (next == '$') {
                out.append('$');
                i += 2;
            } else if (isNameStart(next)) {
                int end = nameEnd(s, i + 1);
                out.append(plain(s.substring(i + 1, end)));
                i = end;
            } else if (next == '{') {
                int close = closingBrace(s, i + 1);
                if (close < 0) throw invalid();
                out.append(braced(s.substring(i + 2, close)));
                i = close + 1;
            } else {
                // Like compose-go: a dollar that starts neither a name nor a brace ($(cmd), $1, a trailing $) is text.
                out.append('$');
                i++;
            }
        }
        return out.toString();
    }

    private String braced(String body) throws Failure {
        int nameEnd = body.isEmpty() || !isNameStart(body.charAt(0)) ? 0 : nameEnd(body, 0);
        if (nameEnd == 0) throw invalid();
        String name = body.substring(0, nameEnd);
        String rest = body.substring(nameEnd);
        if (rest.isEmpty()) return plain(name);
        boolean colon = rest.charAt(0) == ':';
        String op = rest.substring(colon ? 1 : 0, Math.min(rest.length(), colon ? 2 : 1));
        if (!(op.equals("-") || op.equals("?") || op.equals("+"))) throw invalid();
        String argument = substitute(rest.substring(colon ? 2 : 1));
        if (uses != null) {
            uses.accept(new Variables.Variable(name, op.equals("?"), op.equals("-") ? argument : "",
                    op.equals("+") ? argument : ""));
            return "";
        }
        String value = lookup.apply(name);
        boolean present = colon ? value != null && !value.isEmpty() : value != null;
        switch (op) {
            case "-":
                return present ? value : argument;
            case "+":
                return present ? argument : "";
            default:
                if (present) return value;
                String detail = argument.isEmpty() ? "" : ": " + argument;
                throw new Failure("required variable " + name + " is missing a value" + detail, false);
        }
    }

    private String plain(String name) {
        String value = lookup.apply(name);
        if (value != null) return value;
        onUnset.accept(name);
        return "";
    }

    /** The index of the brace closing the one at {@code open}, counting nested braces; -1 when unterminated. */
    private static int closingBrace(String s, int open) {
        int depth = 0;
        for (int i = open; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '{') depth++;
            else if (c == '}' && --depth == 0) return i;
        }
        return -1;
    }

    private static int nameEnd(String s, int from) {
        int i = from;
        while (i < s.length() && (isNameStart(s.charAt(i)) || (s.charAt(i) >= '0' && s.charAt(i) <= '9'))) i++;
        return i;
    }

    private static boolean isNameStart(char c) {
        return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static Failure invalid() {
        return new Failure("invalid interpolation format", true);
    }
}
