package dev.jcompose.diag;

import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SourceMapTest {

    @Test
    void lazyMapListsItsEntriesOnceOnFirstUse() {
        AtomicInteger calls = new AtomicInteger();
        SourceMap map = SourceMap.lazy(() -> {
            calls.incrementAndGet();
            return Map.of(YamlPath.of("services", "web"), SourceLocation.of("c.yaml", 3, 3));
        });
        assertEquals(0, calls.get());
        assertEquals(SourceLocation.of("c.yaml", 3, 3), map.locate(YamlPath.of("services", "web", "ports", 0)));
        assertTrue(map.has(YamlPath.of("services", "web")));
        assertEquals(1, map.size());
        assertEquals(SourceLocation.UNKNOWN, map.locate(YamlPath.of("volumes")));
        assertEquals(1, calls.get());
    }
}
