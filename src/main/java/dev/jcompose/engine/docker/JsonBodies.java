package dev.jcompose.engine.docker;

import com.fasterxml.jackson.core.JsonGenerator;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/** Request bodies for the engine API, written with jackson-core's streaming generator (no object mapping). */
final class JsonBodies {
    /** Writes one JSON value to the generator it is given. */
    @FunctionalInterface
    interface Body {
        void write(JsonGenerator g) throws IOException;
    }

    private JsonBodies() {
    }

    static byte[] write(Body body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(512);
        try (JsonGenerator g = JsonTree.FACTORY.createGenerator(out)) {
            body.write(g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static void string(JsonGenerator g, String field, String value) throws IOException {
        if (value != null) g.writeStringField(field, value);
    }

    static void strings(JsonGenerator g, String field, List<String> values) throws IOException {
        g.writeArrayFieldStart(field);
        for (String v : values) g.writeString(v);
        g.writeEndArray();
    }

    static void map(JsonGenerator g, String field, Map<String, String> values) throws IOException {
        g.writeObjectFieldStart(field);
        for (var e : values.entrySet()) g.writeStringField(e.getKey(), e.getValue());
        g.writeEndObject();
    }
}
