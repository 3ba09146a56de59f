package dev.jcompose.engine.docker;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The engine's JSON answers as plain values: objects become maps, arrays lists, and strings, numbers ({@code long}
 * or {@code double}), booleans and null stay themselves. Read with jackson-core's streaming parser alone: setting up
 * Jackson's object mapping costs more than a whole request, on every start of the CLI. The accessors read a path
 * leniently, as the engine's answers differ between versions: what is missing or of another type is empty.
 */
final class JsonTree {

    static final JsonFactory FACTORY = new JsonFactory();

    private JsonTree() {
    }

    static Object parse(InputStream in) throws IOException {
        try (JsonParser parser = FACTORY.createParser(in)) {
            return parser.nextToken() == null ? null : value(parser);
        }
    }

    static Object parse(String text) throws IOException {
        try (JsonParser parser = FACTORY.createParser(text)) {
            return parser.nextToken() == null ? null : value(parser);
        }
    }

    /** Reads JSON values that follow one another (the engine's event stream), each handed over once complete. */
    static void each(InputStream in, Consumer<Object> consumer) throws IOException {
        try (JsonParser parser = FACTORY.createParser(in)) {
            while (parser.nextToken() != null) consumer.accept(value(parser));
        }
    }

    private static Object value(JsonParser parser) throws IOException {
        switch (parser.currentToken()) {
            case START_OBJECT: {
                Map<String, Object> object = new LinkedHashMap<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    parser.nextToken();
                    object.put(name, value(parser));
                }
                return object;
            }
            case START_ARRAY: {
                List<Object> array = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) array.add(value(parser));
                return array;
            }
            case VALUE_STRING:
                return parser.getText();
            case VALUE_NUMBER_INT:
                return parser.getLongValue();
            case VALUE_NUMBER_FLOAT:
                return parser.getDoubleValue();
            case VALUE_TRUE:
                return Boolean.TRUE;
            case VALUE_FALSE:
                return Boolean.FALSE;
            default:
                return null;
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> object(Object value) {
        return value instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    @SuppressWarnings("unchecked")
    static List<Object> array(Object value) {
        return value instanceof List<?> l ? (List<Object>) l : List.of();
    }

    /** The value at {@code path} through nested objects, or null. */
    static Object at(Object value, String... path) {
        Object v = value;
        for (String name : path) v = object(v).get(name);
        return v;
    }

    static String string(Object value) {
        return value instanceof String s ? s : null;
    }

    /** A string, or "" for anything else. */
    static String text(Object value) {
        return value instanceof String s ? s : "";
    }

    static long number(Object value, long otherwise) {
        return value instanceof Number n ? n.longValue() : otherwise;
    }

    static boolean isTrue(Object value) {
        return Boolean.TRUE.equals(value);
    }

    /** An object of strings (labels, options), its null values as "". */
    static Map<String, String> strings(Object value) {
        Map<String, String> out = new LinkedHashMap<>();
        object(value).forEach((k, v) -> out.put(k, v == null ? "" : v.toString()));
        return out;
    }

    static List<String> stringList(Object value) {
        List<String> out = new ArrayList<>();
        for (Object v : array(value)) if (v != null) out.add(v.toString());
        return out;
    }
}
