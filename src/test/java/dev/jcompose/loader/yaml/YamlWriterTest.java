package dev.jcompose.loader.yaml;

import dev.jcompose.diag.Diagnostics;
import dev.jcompose.loader.tree.Nodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class YamlWriterTest {

    private static Map<String, Object> ordered(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) m.put((String) kv[i], kv[i + 1]);
        return m;
    }

    private static Object readBack(String yaml) {
        Diagnostics diags = new Diagnostics();
        Object plain = Nodes.toPlain(YamlReader.read(yaml, "out.yaml", diags));
        assertTrue(diags.isEmpty(), () -> diags.sorted() + "\n" + excerpt(yaml, diags));
        return plain;
    }

    private static String excerpt(String yaml, Diagnostics diags) {
        int line = diags.sorted().get(0).location().line();
        String[] lines = yaml.split("\n", -1);
        return String.join("\n", Arrays.copyOfRange(lines, Math.max(0, line - 3), Math.min(lines.length, line + 1)));
    }

    @Test
    void writesComposeConfigShape() {
        Object plain = ordered(
                "name", "demo",
                "services", ordered("web", ordered(
                        "image", "nginx:1.25",
                        "command", List.of("sh", "-c", "echo hi"),
                        "ports", List.of(ordered("target", 80L, "published", "8080", "protocol", "tcp")),
                        "environment", ordered("EMPTY", null, "DEBUG", "true"),
                        "networks", ordered("default", null),
                        "cpus", 0.5,
                        "read_only", true,
                        "labels", ordered(),
                        "volumes", List.of())),
                "matrix", List.of(List.of(1L, 2L), List.of()));
        assertEquals("""
                name: demo
                services:
                  web:
                    image: nginx:1.25
                    command:
                      - sh
                      - -c
                      - echo hi
                    ports:
                      - target: 80
                        published: "8080"
                        protocol: tcp
                    environment:
                      EMPTY: null
                      DEBUG: "true"
                    networks:
                      default: null
                    cpus: 0.5
                    read_only: true
                    labels: {}
                    volumes: []
                matrix:
                  - - 1
                    - 2
                  - []
                """, YamlWriter.write(plain));
        assertEquals(plain, readBack(YamlWriter.write(plain)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "8080", "0o17", "0x1F", "1e3", ".inf", "true", "True", "null", "~", "yes", "no",
            "on", "Off", "y", "- item", "-", "? q", ": x", "a: b", "a #b", "key:", "#comment", "&anchor", "*alias",
            "!tag", "|", ">", "'quoted'", "\"dq\"", "%directive", "@at", "`tick", "[list]", "{map}", ", comma",
            " lead", "trail ", "line\nbreak", "tab\there", "\r", "<<", "---", "...", "12:30", "1_000", "2024-01-02",
            "0b101", "back\\slash", "bell\u0007", "nul\u0000", "\u0085next", "\u2028", "\uFEFFbom", "é ü 日本 😀"})
    void trickyStringsAreQuotedSoTheyReadBackAsTheSameString(String s) {
        Object plain = ordered(s, List.of(s, ordered(s, s)));
        assertEquals(plain, readBack(YamlWriter.write(plain)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"nginx:1.25", "-c", "echo hello world", "a:b", "a#b", "http://x/y?z=1", "C:\\dir",
            "foo-bar", "0.0.0.0:80:80/tcp", "${VAR}", "é"})
    void ordinaryStringsStayPlain(String s) {
        assertEquals(s + "\n", YamlWriter.write(s));
    }

    @Test
    void randomStringsRoundTrip() {
        Random random = new Random(20240601);
        String alphabet = " :#-?!&*'\"\\{}[],|>%@`\t\n\r0123456789.+eExo_abcyYnNtrufalsTRUEFALS~\u0085\u00e9\u2028\uFEFF";
        List<String> strings = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            char[] chars = new char[random.nextInt(8)];
            for (int j = 0; j < chars.length; j++) chars[j] = alphabet.charAt(random.nextInt(alphabet.length()));
            strings.add(new String(chars));
        }
        Map<String, Object> plain = new LinkedHashMap<>();
        for (String s : strings) plain.put(s, s);
        Object back = readBack(YamlWriter.write(List.of(plain, strings)));
        assertEquals(List.of(plain, strings), back);
    }

    @Test
    void numbersBooleansAndNullRoundTripWithTheirTypes() {
        Object plain = ordered("int", 42L, "neg", -7L, "double", 1.5, "big", 1.0E20, "small", 2.5E-7,
                "yes", true, "no", false, "none", null, "inf", Double.POSITIVE_INFINITY);
        assertEquals(plain, readBack(YamlWriter.write(plain)));
    }

    @Test
    void topLevelScalarsAndEmptyCollections() {
        assertEquals("{}\n", YamlWriter.write(Map.of()));
        assertEquals("[]\n", YamlWriter.write(List.of()));
        assertEquals("null\n", YamlWriter.write(null));
        assertEquals("- a\n- b\n", YamlWriter.write(Arrays.asList("a", "b")));
    }
}
