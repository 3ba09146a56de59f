package dev.jcompose.exec;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes a POSIX tar stream with owners: directories, files, symbolic and hard links. Names and link targets longer
 * than ustar's fields, and sizes beyond its 8 GiB, go into a PAX extended header, which the engine reads.
 */
public final class TarWriter {
    private static final int BLOCK = 512;
    private static final long MAX_USTAR_SIZE = 077777777777L;

    private final OutputStream out;

    public TarWriter(OutputStream out) {
        this.out = out;
    }

    /** Writes the entry's header and, for a file, {@code content} (exactly {@code entry.size()} bytes). */
    public void write(TarEntry entry, InputStream content) throws IOException {
        char type = switch (entry.type()) {
            case DIRECTORY -> '5';
            case SYMLINK -> '2';
            case HARDLINK -> '1';
            default -> '0';
        };
        String name = entry.type() == TarEntry.Type.DIRECTORY ? entry.name() + "/" : entry.name();
        long size = entry.type() == TarEntry.Type.FILE ? entry.size() : 0;
        header(name, type, entry.mode(), size, entry.modified().getEpochSecond(), entry.linkName(), entry.uid(),
                entry.gid());
        if (size > 0) {
            long copied = content.transferTo(new OutputStream() {
                long left = size;

                @Override
                public void write(int b) throws IOException {
                    write(new byte[] {(byte) b}, 0, 1);
                }

                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    int n = (int) Math.min(len, left);
                    out.write(b, off, n);
                    left -= n;
                }
            });
            if (copied != size) {
                throw new IOException(entry.name() + " changed while it was copied (" + size + " bytes expected, "
                        + copied + " read)");
            }
            out.write(new byte[(int) ((BLOCK - size % BLOCK) % BLOCK)]);
        }
    }

    /** The end-of-archive marker; the stream stays open. */
    public void finish() throws IOException {
        out.write(new byte[2 * BLOCK]);
        out.flush();
    }

    private void header(String name, char type, int mode, long size, long mtime, String link, int uid, int gid)
            throws IOException {
        Map<String, String> pax = new LinkedHashMap<>();
        String shortName = name;
        String prefix = "";
        if (bytes(name).length > 100) {
            String[] split = split(name);
            if (split == null) {
                pax.put("path", name);
                shortName = tail(name, 100);
            } else {
                prefix = split[0];
                shortName = split[1];
            }
        }
        String shortLink = link;
        if (bytes(link).length > 100) {
            pax.put("linkpath", link);
            shortLink = tail(link, 100);
        }
        if (size > MAX_USTAR_SIZE) pax.put("size", Long.toString(size));
        if (!pax.isEmpty()) {
            byte[] records = pax(pax);
            out.write(block("PaxHeaders/" + tail(shortName, 80), "", 'x', 0644, records.length, mtime, "", 0, 0));
            out.write(records);
            out.write(new byte[(BLOCK - records.length % BLOCK) % BLOCK]);
        }
        out.write(block(shortName, prefix, type, mode, Math.min(size, MAX_USTAR_SIZE), mtime, shortLink, uid, gid));
    }

    private static String[] split(String name) {
        for (int i = name.indexOf('/'); i >= 0; i = name.indexOf('/', i + 1)) {
            String prefix = name.substring(0, i);
            String rest = name.substring(i + 1);
            if (bytes(prefix).length <= 155 && bytes(rest).length <= 100 && !rest.isEmpty()) {
                return new String[] {prefix, rest};
            }
        }
        return null;
    }

    private static byte[] block(String name, String prefix, char type, int mode, long size, long mtime, String link,
                                int uid, int gid) {
        byte[] h = new byte[BLOCK];
        put(h, 0, 100, name);
        put(h, 100, 8, octal(mode & 07777, 7));
        put(h, 108, 8, octal(Math.max(0, uid), 7));
        put(h, 116, 8, octal(Math.max(0, gid), 7));
        put(h, 124, 12, octal(size, 11));
        put(h, 136, 12, octal(Math.max(0, mtime), 11));
        h[156] = (byte) type;
        put(h, 157, 100, link);
        put(h, 257, 6, "ustar");
        put(h, 263, 2, "00");
        put(h, 345, 155, prefix);
        for (int i = 148; i < 156; i++) h[i] = ' ';
        long sum = 0;
        for (byte b : h) sum += b & 0xff;
        put(h, 148, 8, octal(sum, 6) + "\0 ");
        return h;
    }

    /** PAX records: "length key=value\n", the length counting the whole record. */
    private static byte[] pax(Map<String, String> values) {
        StringBuilder records = new StringBuilder();
        values.forEach((key, value) -> {
            int body = bytes(" " + key + "=" + value + "\n").length;
            int length = body + Integer.toString(body).length();
            if (Integer.toString(length).length() != Integer.toString(body).length()) length++;
            records.append(length).append(' ').append(key).append('=').append(value).append('\n');
        });
        return bytes(records.toString());
    }

    private static String tail(String s, int maxBytes) {
        String t = s;
        while (bytes(t).length > maxBytes) t = t.substring(1);
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
