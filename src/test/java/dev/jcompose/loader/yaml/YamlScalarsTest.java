package dev.jcompose.loader.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class YamlScalarsTest {

    @ParameterizedTest
    @ValueSource(strings = {"true", "True", "FALSE", "null", "NULL", "yes", "No", "on", "OFF", "y", "N", "", "1", "0x1F",
            "1e3", "12:30", "2024-01-01", "~", ".inf", "-", "a: b", "a #b", " lead", "trail ", "*ref", "<<", "8080", "007",
            "08", "-5", "1.5", "1.", "1_000", "1:20:30.5", "0b101"})
    void stringsOtherReadersWouldMisreadAreQuoted(String s) {
        assertEquals(true, YamlScalars.needsQuotes(s), s);
    }

    @ParameterizedTest
    @ValueSource(strings = {"web", "nginx", "registry.example/app", "svc-1_a.b", "LOG_LEVEL", "yess", "nullable",
            "Truer", "nginx:1.25", "http://x", "a b", "/var/lib", "-x", "127.0.0.1", "1.2.3", "10.0.0.1:8080", "1..2"})
    void plainWordsAndOtherSafeStringsAreNot(String s) {
        assertEquals(false, YamlScalars.needsQuotes(s), s);
    }

    @Test
    void theFormatOfAQuotedString() {
        assertEquals("\"true\"", YamlScalars.format("true"));
        assertEquals("web", YamlScalars.format("web"));
    }
}
