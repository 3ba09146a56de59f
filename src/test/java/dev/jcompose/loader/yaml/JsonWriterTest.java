package dev.jcompose.loader.yaml;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class JsonWriterTest {

    @Test
    void prettyPrintsWithTwoSpaceIndentInInsertionOrder() {
        Map<String, Object> web = new LinkedHashMap<>();
        web.put("image", "nginx");
        web.put("ports", List.of(80L, 443));
        web.put("cpus", 0.5);
        web.put("tty", true);
        web.put("user", null);
        web.put("labels", Map.of());
        web.put("volumes", List.of());
        assertEquals("""
                {
                  "web": {
                    "image": "nginx",
                    "ports": [
                      80,
                      443
                    ],
                    "cpus": 0.5,
                    "tty": true,
                    "user": null,
                    "labels": {},
                    "volumes": []
                  }
                }
                """, JsonWriter.write(Map.of("web", web)));
    }

    @Test
    void writesOneCompactLineWithStringNewlinesEscaped() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("Command", "\"sh -c\"");
        m.put("Ports", List.of(80L, Map.of("a", "x\ny")));
        m.put("Empty", Map.of());
        assertEquals("{\"Command\":\"\\\"sh -c\\\"\",\"Ports\":[80,{\"a\":\"x\\ny\"}],\"Empty\":{}}", JsonWriter.line(m));
    }

    @Test
    void escapesQuotesBackslashesAndControlCharacters() {
        assertEquals("\"a\\\"b\\\\c\\n\\t\\r\\b\\f\\u0001\\u001f\"\n", JsonWriter.write("a\"b\\c\n\t\r\b\f\u0001\u001f"));
    }

    @Test
    void keepsUnicodeButEscapesLineSeparatorsAndLoneSurrogates() {
        assertEquals("\"é 日本 😀 \\u2028 \\ud800\"\n", JsonWriter.write("é 日本 😀 \u2028 \ud800"));
    }

    @Test
    void writesLongsAsNumbersAndNonFiniteDoublesAsNull() {
        assertEquals("[\n  9007199254740993,\n  1.0E20,\n  null\n]\n",
                JsonWriter.write(List.of(9007199254740993L, 1.0E20, Double.NaN)));
    }
}
