package dev.jcompose.exec;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** Reads back the entries of a tar written by {@link TarWriter}: name → entry, PAX paths applied. */
final class TarEntries {
    record Entry(char type, int mode, byte[] content) {
        String text() {
            return new String(content, StandardCharsets.UTF_8);
        }
    }

    private TarEntries() {
    }

    static Map<String, Entry> read(byte[] tar) {
        Map<String, Entry> entries = new LinkedHashMap<>();
        String paxPath = null;
        int at = 0;
        while (at + 512 <= tar.length && tar[at] != 0) {
            String name = field(tar, at, 100);
            int mode = Integer.parseInt(field(tar, at + 100, 8).trim(), 8);
            int size = Integer.parseInt(field(tar, at + 124, 12).trim(), 8);
            char type = (char) tar[at + 156];
            String prefix = field(tar, at + 345, 155);
            byte[] content = java.util.Arrays.copyOfRange(tar, at + 512, at + 512 + size);
            at += 512 + (size + 511) / 512 * 512;
            if (type == 'x') {
                for (String record : new String(content, StandardCharsets.UTF_8).split("\n")) {
                    String kv = record.substring(record.indexOf(' ') + 1);
                    if (kv.startsWith("path=")) paxPath = kv.substring(5);
                }
                continue;
            }
            String full = paxPath != null ? paxPath : prefix.isEmpty() ? name : prefix + "/" + name;
            paxPath = null;
            entries.put(full, new Entry(type, mode, content));
        }
        return entries;
    }

    private static String field(byte[] tar, int offset, int length) {
        int end = offset;
        while (end < offset + length && tar[end] != 0) end++;
        return new String(tar, offset, end - offset, StandardCharsets.UTF_8);
    }
}
