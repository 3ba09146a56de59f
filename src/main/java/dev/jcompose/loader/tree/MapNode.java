package dev.jcompose.loader.tree;

import dev.jcompose.diag.SourceLocation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** An ordered mapping with string keys; each key keeps its own location (where "unknown key" errors point). */
public final class MapNode implements Node {

    public record Entry(ScalarNode key, Node value) {
        public String name() {
            return key.text() == null ? "null" : key.text();
        }
    }

    /** Up to this many entries a lookup scans the list; most compose mappings are this small. */
    private static final int SCAN_LIMIT = 8;

    private final List<Entry> entries;
    /** Built on first need: for a large map's lookups, or for {@link #keys()}. */
    private Map<String, Entry> byName;
    /** See {@link #keyBits()}; 0 until computed. */
    private volatile long keyBits;
    private final SourceLocation location;
    private final Tag tag;

    public MapNode(List<Entry> entries, SourceLocation location, Tag tag) {
        this.entries = List.copyOf(entries);
        this.location = location == null ? SourceLocation.UNKNOWN : location;
        this.tag = tag == null ? Tag.NONE : tag;
    }

    public static MapNode of(List<Entry> entries, SourceLocation location) {
        return new MapNode(entries, location, Tag.NONE);
    }

    public static MapNode empty(SourceLocation location) {
        return new MapNode(List.of(), location, Tag.NONE);
    }

    public List<Entry> entries() {
        return entries;
    }

    public Set<String> keys() {
        return byName().keySet();
    }

    public int size() {
        return entries.size();
    }

    public boolean has(String key) {
        return entry(key) != null;
    }

    /** The value under {@code key}, or null when absent. */
    public Node get(String key) {
        Entry e = entry(key);
        return e == null ? null : e.value();
    }

    /** The entry for {@code key} (the last one, should a key occur twice), or null when absent. */
    public Entry entry(String key) {
        if (entries.size() > SCAN_LIMIT) return byName().get(key);
        int hash = key.hashCode();
        if ((keyBits() & (1L << hash)) == 0) return null;
        for (int i = entries.size() - 1; i >= 0; i--) {
            Entry e = entries.get(i);
            String name = e.name();
            if (name.hashCode() == hash && name.equals(key)) return e;
        }
        return null;
    }

    /** The key's own location when present, else the map's. */
    public SourceLocation keyLocation(String key) {
        Entry e = entry(key);
        return e == null ? location : e.key().location();
    }

    /**
     * A bit per key, at its hash modulo 64: most lookups are of keys a mapping does not have (the binder asks a
     * service for every attribute there is), and most of those end at this bit.
     */
    private long keyBits() {
        long bits = keyBits;
        if (bits == 0) {
            bits = 1; // never 0 once known, so that an empty mapping is not recomputed
            for (Entry e : entries) bits |= 1L << e.name().hashCode();
            keyBits = bits;
        }
        return bits;
    }

    private Map<String, Entry> byName() {
        Map<String, Entry> m = byName;
        if (m == null) {
            Map<String, Entry> built = new LinkedHashMap<>();
            for (Entry e : entries) built.put(e.name(), e);
            m = Collections.unmodifiableMap(built);
            byName = m;
        }
        return m;
    }

    /** A copy with {@code key} set to {@code value}: replaced in place if present, appended otherwise. */
    public MapNode with(String key, Node value) {
        List<Entry> l = new ArrayList<>(entries.size() + 1);
        boolean replaced = false;
        for (Entry e : entries) {
            if (e.name().equals(key)) {
                l.add(new Entry(e.key(), value));
                replaced = true;
            } else {
                l.add(e);
            }
        }
        if (!replaced) l.add(new Entry(ScalarNode.string(key, value.location()), value));
        return new MapNode(l, location, tag);
    }

    public MapNode with(ScalarNode key, Node value) {
        if (has(key.text())) return with(key.text(), value);
        List<Entry> l = new ArrayList<>(entries);
        l.add(new Entry(key, value));
        return new MapNode(l, location, tag);
    }

    public MapNode without(String key) {
        if (!has(key)) return this;
        List<Entry> l = new ArrayList<>(entries.size());
        for (Entry e : entries) if (!e.name().equals(key)) l.add(e);
        return new MapNode(l, location, tag);
    }

    public MapNode withEntries(List<Entry> newEntries) {
        return new MapNode(newEntries, location, tag);
    }

    @Override
    public SourceLocation location() {
        return location;
    }

    @Override
    public Tag tag() {
        return tag;
    }

    @Override
    public MapNode withTag(Tag newTag) {
        return new MapNode(entries, location, newTag);
    }

    @Override
    public String kindName() {
        return "mapping";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MapNode m && m.entries.equals(entries) && m.location.equals(location) && m.tag == tag;
    }

    @Override
    public int hashCode() {
        return entries.hashCode();
    }

    @Override
    public String toString() {
        return "MapNode" + byName();
    }
}
