package dev.jcompose.exec;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes a POSIX tar stream: directories, regular files and symbolic links. Names and link targets that do not fit
 * the ustar header, and sizes beyond its 8 GiB, go into a PAX extended header, which the engine reads.
 */
final class TarWriter implements AutoCloseable {
    private static final int BLOCK = 512;
    private static final long MAX_USTAR_SIZE = 077777777777L;

    private final OutputStream out;

    TarWriter(OutputStream out) {
        this.out = out;
    }

    void directory(String name, int mode, long mtimeSeconds) throws IOException {
        entry(name.endsWith("/") ? name : name + "/", '5', mode, 0, mtimeSeconds, "");
    }

    void file(String name, int mode, long mtimeSeconds, long size, InputStream content) throws IOException {
        entry(name, '0', mode, size, mtimeSeconds, "");
        long copied = content.transferTo(out);
        if (copied != size) {
            throw new IOException(name + " changed while it was being archived (" + size + " bytes expected, "
                    + copied + " read)");
        }
        pad(size);
    }

    void symlink(String name, String target, long mtimeSeconds) throws IOException {
        entry(name, '2', 0777, 0, mtimeSeconds, target);
    }

    /** Writes the end-of-archive marker; the underlying stream stays open. */
    @Override
    public void close() throws IOException {
        out.write(new byte[2 * BLOCK]);
        out.flush();
    }

    private void entry(String name, char type, int mode, long size, long mtime, String link) throws IOException {
        Map<String, String> pax = new LinkedHashMap<>();
        String[] split = splitName(name);
        if (split == null) {
            pax.put("path", name);
            split = new String[] {"", truncate(name, 100)};
        }
        if (bytes(link).length > 100) {
            pax.put("linkpath", link);
            link = truncate(link, 100);
        }
        if (size > MAX_USTAR_SIZE) {
            pax.put("size", Long.toString(size));
        }
        if (!pax.isEmpty()) {
            byte[] records = paxRecords(pax);
            out.write(header("PaxHeaders/" + truncate(split[1], 80), "", 'x', 0644, records.length, mtime, ""));
            out.write(records);
            pad(records.length);
        }
        out.write(header(split[1], split[0], type, mode, Math.min(size, MAX_USTAR_SIZE), mtime, link));
    }

    /** {prefix, name} fitting ustar's 155 + 100 bytes, split at a slash; null when the name cannot fit. */
    private static String[] splitName(String name) {
        byte[] all = bytes(name);
        if (all.length <= 100) {
            return new String[] {"", name};
        }
        for (int i = name.indexOf('/'); i >= 0; i = name.indexOf('/', i + 1)) {
            String prefix = name.substring(0, i);
            String rest = name.substring(i + 1);
            if (bytes(prefix).length <= 155 && bytes(rest).length <= 100 && !rest.isEmpty()) {
                return new String[] {prefix, rest};
            }
        }
        return null;
    }

    private static byte[] header(String name, String prefix, char type, int mode, long size, long mtime, String link) {
        byte[] h = new byte[BLOCK];
        put(h, 0, 100, name);
        put(h, 100, 8, octal(mode & 07777, 7));
        put(h, 108, 8, octal(0, 7));
        put(h, 116, 8, octal(0, 7));
        put(h, 124, 12, octal(size, 11));
        put(h, 136, 12, octal(Math.max(0, mtime), 11));
        h[156] = (byte) type;
        put(h, 157, 100, link);
        put(h, 257, 6, "ustar");
        put(h, 263, 2, "00");
        put(h, 345, 155, prefix);
        for (int i = 148; i < 156; i++) {
            h[i] = ' ';
        }
        long sum = 0;
        for (byte b : h) {
            sum += b & 0xff;
        }
        put(h, 148, 8, octal(sum, 6) + "\0 ");
        return h;
    }

    /** PAX records are "length key=value\n" where length counts the whole record, itself included. */
    private static byte[] paxRecords(Map<String, String> values) {
        StringBuilder records = new StringBuilder();
        values.forEach((key, value) -> {
            int body = bytes(" " + key + "=" + value + "\n").length;
            int length = body + Integer.toString(body).length();
            if (Integer.toString(length).length() != Integer.toString(body).length()) {
                length++;
            }
            records.append(length).append(' ').append(key).append('=').append(value).append('\n');
        });
        return bytes(records.toString());
    }

    private void pad(long size) throws IOException {
        out.write(new byte[(int) ((BLOCK - size % BLOCK) % BLOCK)]);
    }

    private static String truncate(String s, int maxBytes) {
        String t = s;
        while (bytes(t).length > maxBytes) {
            t = t.substring(1);
        }
        return t;
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static String octal(long value, int digits) {
        String s = Long.toOctalString(value);
        return "0".repeat(Math.max(0, digits - s.length())) + s;
    }

    private static void put(byte[] header, int offset, int length, String value) {
        byte[] b = bytes(value);
        System.arraycopy(b, 0, header, offset, Math.min(length, b.length));
    }
}
