package dev.jcompose.loader.validate;

import dev.jcompose.loader.tree.ScalarType;
import dev.jcompose.loader.validate.MapOfSchema.KeyRule;
import dev.jcompose.loader.validate.ObjectSchema.Prop;
import dev.jcompose.loader.validate.RefinedSchema.NodeRule;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.regex.Pattern;

import static dev.jcompose.loader.tree.ScalarType.BOOL;
import static dev.jcompose.loader.tree.ScalarType.FLOAT;
import static dev.jcompose.loader.tree.ScalarType.INT;
import static dev.jcompose.loader.tree.ScalarType.NULL;
import static dev.jcompose.loader.tree.ScalarType.STRING;

/**
 * The schema DSL. Interpolation yields strings, so wherever a number or a boolean is expected a string that
 * converts ("3", "true") is accepted too.
 */
final class Schemas {

    private static final Pattern INTEGER = Pattern.compile("[-+]?\\d+");
    private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?");

    private Schemas() {
    }

    // ---- objects and collections

    /** A mapping with these attributes, open to {@code x-*} extensions. */
    static ObjectSchema obj(Prop... props) {
        return new ObjectSchema(List.of(props), true);
    }

    static Prop p(String name, Schema schema) {
        return new Prop(name, schema, false);
    }

    static Prop req(String name, Schema schema) {
        return new Prop(name, schema, true);
    }

    static ListSchema listOf(Schema item) {
        return new ListSchema(item, false);
    }

    /** A list of distinct strings. */
    static ListSchema strings() {
        return listOf(str()).unique();
    }

    static MapOfSchema mapOf(Schema values) {
        return new MapOfSchema(KeyRule.ANY, values);
    }

    static MapOfSchema mapOf(KeyRule keys, Schema values) {
        return new MapOfSchema(keys, values);
    }

    static Schema oneOf(Schema... alternatives) {
        return new OneOfSchema(List.of(alternatives));
    }

    static Schema nullable(Schema schema) {
        return oneOf(schema, nullValue());
    }

    static Schema stringOrList() {
        return oneOf(str(), strings());
    }

    /** {@code KEY: value} pairs as a mapping of scalars, or as a list of {@code KEY=value} strings. */
    static Schema listOrDict() {
        return oneOf(mapOf(scalar()), strings());
    }

    static Schema refine(Schema base, NodeRule rule) {
        return new RefinedSchema(base, rule);
    }

    static Schema any() {
        return AnySchema.INSTANCE;
    }

    /** Keys that are names of services, networks, volumes...: letters, digits, '.', '_' and '-'. */
    static KeyRule names(String what) {
        return k -> isName(k) ? null
                : "\"" + k + "\" is not a valid " + what + " name (allowed characters: a-z, A-Z, 0-9, \".\", \"_\", \"-\")";
    }

    private static boolean isName(String k) {
        if (k.isEmpty()) return false;
        for (int i = 0; i < k.length(); i++) {
            char c = k.charAt(i);
            boolean allowed = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '.' || c == '_' || c == '-';
            if (!allowed) return false;
        }
        return true;
    }

    // ---- scalars

    static ScalarSchema str() {
        return new ScalarSchema("a string", EnumSet.of(STRING), ValueRule.NONE);
    }

    static ScalarSchema nullValue() {
        return new ScalarSchema("null", EnumSet.of(NULL), ValueRule.NONE);
    }

    /** A scalar of any of these YAML types, e.g. {@code scalarOf(STRING, INT, FLOAT)}: "a string or a number". */
    static ScalarSchema scalarOf(ScalarType... types) {
        List<String> names = new ArrayList<>();
        for (ScalarType t : types) {
            String name = switch (t) {
                case STRING -> "a string";
                case INT, FLOAT -> "a number";
                case BOOL -> "a boolean";
                case NULL -> "null";
            };
            if (!names.contains(name)) names.add(name);
        }
        return new ScalarSchema(names, EnumSet.copyOf(List.of(types)), ValueRule.NONE);
    }

    /** Any scalar: environment values, labels. */
    static ScalarSchema scalar() {
        return scalarOf(STRING, INT, FLOAT, BOOL, NULL);
    }

    static ScalarSchema bool() {
        return new ScalarSchema("a boolean", EnumSet.of(BOOL, STRING), s -> s.type() == BOOL
                || s.text().equalsIgnoreCase("true") || s.text().equalsIgnoreCase("false") ? null
                : "must be a boolean, got \"" + s.text() + "\"");
    }

    static ScalarSchema integer() {
        return new ScalarSchema("an integer", EnumSet.of(INT, STRING), s -> s.type() == INT
                || INTEGER.matcher(s.text()).matches() ? null : "must be an integer, got \"" + s.text() + "\"");
    }

    static ScalarSchema integer(long min, long max) {
        return integer().and(s -> {
            long v = parseLong(s.text());
            return v >= min && v <= max ? null : "must be between " + min + " and " + max + ", got " + s.text();
        });
    }

    static ScalarSchema number() {
        return new ScalarSchema("a number", EnumSet.of(INT, FLOAT, STRING),
                s -> s.type() != STRING || isNumber(s.text()) ? null : "must be a number, got \"" + s.text() + "\"");
    }

    static ScalarSchema duration() {
        return new ScalarSchema("a duration like 10s or 1m30s", EnumSet.of(STRING),
                s -> Durations.isValid(s.text()) ? null
                        : "must be a duration like 10s or 1m30s, got \"" + s.text() + "\"");
    }

    /** A number, or a duration where a string is given (cpu_rt_runtime: 400ms or 400000). */
    static ScalarSchema numberOrDuration() {
        return new ScalarSchema("a number or a duration", EnumSet.of(INT, FLOAT, STRING),
                s -> s.type() != STRING || isNumber(s.text()) || Durations.isValid(s.text()) ? null
                        : "must be a number or a duration like 10s, got \"" + s.text() + "\"");
    }

    static ScalarSchema bytes() {
        return new ScalarSchema("a byte size like 512m or 1g", EnumSet.of(INT, FLOAT, STRING),
                s -> s.type() != STRING || ByteSizes.isValid(s.text()) ? null
                        : "must be a byte size like 512m or 1g, got \"" + s.text() + "\"");
    }

    static ScalarSchema enumOf(String... allowed) {
        List<String> values = List.of(allowed);
        return str().and(s -> values.contains(s.text()) ? null
                : "\"" + s.text() + "\" is not allowed (allowed: " + String.join(", ", values) + ")");
    }

    /** A string matching a pattern, with the message to give when it does not. */
    static ScalarSchema matching(Pattern pattern, String what, String allowed) {
        return str().and(s -> pattern.matcher(s.text()).matches() ? null
                : "\"" + s.text() + "\" is not a valid " + what + " (allowed: " + allowed + ")");
    }

    private static boolean isNumber(String text) {
        return NUMBER.matcher(text).matches();
    }

    private static long parseLong(String text) {
        try {
            return Long.parseLong(text.startsWith("+") ? text.substring(1) : text);
        } catch (NumberFormatException e) {
            return Long.MIN_VALUE;
        }
    }
}
