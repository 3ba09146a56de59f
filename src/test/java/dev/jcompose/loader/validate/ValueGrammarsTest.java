package dev.jcompose.loader.validate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ValueGrammarsTest {

    @ParameterizedTest
    @ValueSource(strings = {"0", "10s", "1m30s", "500ms", "1.5h", "2h45m", "-1s", "100us", "3µs", "10ns"})
    void goDurations(String d) {
        assertTrue(Durations.isValid(d), d);
    }

    @ParameterizedTest
    @ValueSource(strings = {"10", "1m30", "s", "1 s", "1d", "", "ten seconds", "1.s.s"})
    void notDurations(String d) {
        assertFalse(Durations.isValid(d), d);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1024", "512m", "1g", "1.5g", "2GB", "64 MiB", "100k", "1tb", "-1"})
    void byteSizes(String s) {
        assertTrue(ByteSizes.isValid(s), s);
    }

    @ParameterizedTest
    @ValueSource(strings = {"lots", "1x", "g", "1.5.3g", "-2", "", "1 gigabyte"})
    void notByteSizes(String s) {
        assertFalse(ByteSizes.isValid(s), s);
    }

    @ParameterizedTest
    @ValueSource(strings = {"80", "8080:80", "8000-8010:8000-8010", "8000-8010:80", "127.0.0.1:80:80",
            "127.0.0.1::80", "0.0.0.0:1-2:1-2/udp", "[::1]:80:80", "::1:80:80", "[fe80::1%eth0]:53:53/sctp",
            "53:53/UDP", "65535:1"})
    void portMappings(String p) {
        assertNull(PortSyntax.problemOfMapping(p), p);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", ":", "80:", "0", "65536", "80:80/icmp", "1-2:1-3", "10-1", "x:80:80", "[::1]80:80",
            "256.0.0.1:80:80", "80:80/", "-80"})
    void notPortMappings(String p) {
        assertNotNull(PortSyntax.problemOfMapping(p), p);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/data", "vol:/data", "./src:/src:ro", "~/x:/x:rw,z", "/a:/b:ro,rshared",
            "C:\\data:/data", "vol:C:\\data", "//./pipe/x:\\\\.\\pipe\\x"})
    void volumes(String v) {
        assertNull(VolumeSyntax.problemOf(v), v);
    }

    @ParameterizedTest
    @ValueSource(strings = {"data", "vol:data", ":/data", "/a:/b:rox", "/a:/b:ro,", "x:/a:ro:rw", ""})
    void notVolumes(String v) {
        assertNotNull(VolumeSyntax.problemOf(v), v);
    }
}
