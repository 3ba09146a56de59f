package dev.jcompose.loader.tree;

import dev.jcompose.diag.SourceLocation;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MapNodeTest {

    private static MapNode mapOf(String... keys) {
        List<MapNode.Entry> entries = new ArrayList<>();
        for (int i = 0; i < keys.length; i++) {
            entries.add(new MapNode.Entry(ScalarNode.string(keys[i], SourceLocation.of("f", i + 1, 1)),
                    ScalarNode.string("v" + i, SourceLocation.of("f", i + 1, 5))));
        }
        return MapNode.of(entries, SourceLocation.of("f", 1, 1));
    }

    @Test
    void smallAndLargeMapsAnswerTheSameLookups() {
        for (int size : new int[] {3, 8, 9, 40}) {
            String[] keys = new String[size];
            for (int i = 0; i < size; i++) keys[i] = "k" + i;
            MapNode m = mapOf(keys);
            for (int i = 0; i < size; i++) {
                assertEquals("v" + i, ((ScalarNode) m.get("k" + i)).text(), "size " + size);
                assertEquals(SourceLocation.of("f", i + 1, 1), m.keyLocation("k" + i));
            }
            assertNull(m.get("missing"));
            assertFalse(m.has("missing"));
            assertEquals(SourceLocation.of("f", 1, 1), m.keyLocation("missing"));
            assertEquals(List.of(keys), List.copyOf(m.keys()));
        }
    }

    @Test
    void aRepeatedKeyAnswersWithItsLastValueInBothSizes() {
        assertEquals("v2", ((ScalarNode) mapOf("a", "b", "a").get("a")).text());
        assertEquals("v9", ((ScalarNode) mapOf("a", "b", "c", "d", "e", "f", "g", "h", "i", "a").get("a")).text());
        assertEquals(List.of("a", "b"), List.copyOf(mapOf("a", "b", "a").keys()));
    }

    @Test
    void withAndWithoutKeepLookupsConsistent() {
        MapNode m = mapOf("a", "b").with("c", ScalarNode.string("x", SourceLocation.UNKNOWN)).without("a");
        assertTrue(m.has("c"));
        assertFalse(m.has("a"));
        assertEquals(List.of("b", "c"), List.copyOf(m.keys()));
    }
}
