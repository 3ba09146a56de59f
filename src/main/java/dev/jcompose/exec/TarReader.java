package dev.jcompose.exec;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a tar stream entry by entry: ustar headers with their name prefix, PAX extended headers (path, linkpath,
 * size, uid, gid, mtime) and GNU long names, as the engine and common tools write them.
 */
public final class TarReader {
    private static final int BLOCK = 512;

    private final InputStream in;
    private long contentLeft;
    private long paddingLeft;
    private InputStream content = InputStream.nullInputStream();

    public TarReader(InputStream in) {
        this.in = in;
    }

    /** The next entry, skipping what is left of the previous one; empty at the end of the archive. */
    public Optional<TarEntry> next() throws IOException {
        skip(contentLeft + paddingLeft);
        contentLeft = 0;
        paddingLeft = 0;
        Map<String, String> pax = new HashMap<>();
        String longName = null;
        String longLink = null;
        while (true) {
            byte[] header = new byte[BLOCK];
            if (!readBlock(header)) return Optional.empty();
            if (isZero(header)) return Optional.empty();
            char type = (char) header[156];
            long size = number(header, 124, 12);
            if (type == 'x' || type == 'g' || type == 'L' || type == 'K') {
                byte[] data = readData(size);
                if (type == 'x') pax.putAll(paxRecords(data));
                if (type == 'L') longName = cString(data, 0, data.length);
                if (type == 'K') longLink = cString(data, 0, data.length);
                continue;
            }
            String name = cString(header, 0, 100);
            String prefix = isUstar(header) ? cString(header, 345, 155) : "";
            if (!prefix.isEmpty()) name = prefix + "/" + name;
            if (longName != null) name = longName;
            if (pax.containsKey("path")) name = pax.get("path");
            String link = cString(header, 157, 100);
            if (longLink != null) link = longLink;
            if (pax.containsKey("linkpath")) link = pax.get("linkpath");
            if (pax.containsKey("size")) size = Long.parseLong(pax.get("size"));
            int uid = pax.containsKey("uid") ? Integer.parseInt(pax.get("uid")) : (int) number(header, 108, 8);
            int gid = pax.containsKey("gid") ? Integer.parseInt(pax.get("gid")) : (int) number(header, 116, 8);
            long mtime = pax.containsKey("mtime") ? (long) Double.parseDouble(pax.get("mtime")) : number(header, 136, 12);
            TarEntry.Type kind = switch (type) {
                case '0', '\0', '7' -> name.endsWith("/") ? TarEntry.Type.DIRECTORY : TarEntry.Type.FILE;
                case '5' -> TarEntry.Type.DIRECTORY;
                case '2' -> TarEntry.Type.SYMLINK;
                case '1' -> TarEntry.Type.HARDLINK;
                default -> TarEntry.Type.OTHER;
            };
            long dataSize = kind == TarEntry.Type.FILE || kind == TarEntry.Type.OTHER ? size : 0;
            contentLeft = dataSize;
            paddingLeft = (BLOCK - dataSize % BLOCK) % BLOCK;
            content = new EntryContent();
            return Optional.of(new TarEntry(clean(name), kind, (int) number(header, 100, 8) & 07777, dataSize,
                    Instant.ofEpochSecond(mtime), link, uid, gid));
        }
    }

    /** The current entry's content; ends with it. */
    public InputStream content() {
        return content;
    }

    private final class EntryContent extends InputStream {
        @Override
        public int read() throws IOException {
            if (contentLeft <= 0) return -1;
            int b = in.read();
            if (b < 0) throw new IOException("the archive ended inside an entry");
            contentLeft--;
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (contentLeft <= 0) return -1;
            int n = in.read(b, off, (int) Math.min(len, contentLeft));
            if (n < 0) throw new IOException("the archive ended inside an entry");
            contentLeft -= n;
            return n;
        }
    }

    static String clean(String name) {
        String n = name;
        while (n.startsWith("./")) n = n.substring(2);
        while (n.startsWith("/")) n = n.substring(1);
        while (n.endsWith("/")) n = n.substring(0, n.length() - 1);
        return n;
    }

    private byte[] readData(long size) throws IOException {
        byte[] data = in.readNBytes((int) size);
        if (data.length != size) throw new IOException("the archive ended inside an extended header");
        skip((BLOCK - size % BLOCK) % BLOCK);
        return data;
    }

    private boolean readBlock(byte[] block) throws IOException {
        int read = in.readNBytes(block, 0, BLOCK);
        if (read == 0) return false;
        if (read < BLOCK) throw new IOException("the archive ended inside a header");
        return true;
    }

    private void skip(long n) throws IOException {
        long left = n;
        while (left > 0) {
            long skipped = in.skip(left);
            if (skipped <= 0) {
                if (in.read() < 0) throw new IOException("the archive ended early");
                skipped = 1;
            }
            left -= skipped;
        }
    }

    private static boolean isZero(byte[] block) {
        for (byte b : block) if (b != 0) return false;
        return true;
    }

    private static boolean isUstar(byte[] header) {
        return cString(header, 257, 6).startsWith("ustar");
    }

    private static String cString(byte[] b, int offset, int length) {
        int end = offset;
        while (end < offset + length && b[end] != 0) end++;
        return new String(b, offset, end - offset, StandardCharsets.UTF_8);
    }

    /** Octal, or base-256 when the first byte's top bit is set (GNU's form for large values). */
    private static long number(byte[] b, int offset, int length) {
        if ((b[offset] & 0x80) != 0) {
            long v = b[offset] & 0x7f;
            for (int i = offset + 1; i < offset + length; i++) v = (v << 8) | (b[i] & 0xff);
            return v;
        }
        String s = cString(b, offset, length).trim();
        return s.isEmpty() ? 0 : Long.parseLong(s, 8);
    }

    private static Map<String, String> paxRecords(byte[] data) {
        Map<String, String> out = new HashMap<>();
        int i = 0;
        while (i < data.length) {
            int space = i;
            while (space < data.length && data[space] != ' ') space++;
            if (space >= data.length) break;
            int length = Integer.parseInt(new String(data, i, space - i, StandardCharsets.US_ASCII));
            if (length <= 0 || i + length > data.length) break;
            String record = new String(data, space + 1, i + length - space - 2, StandardCharsets.UTF_8);
            int eq = record.indexOf('=');
            if (eq > 0) out.put(record.substring(0, eq), record.substring(eq + 1));
            i += length;
        }
        return out;
    }
}
