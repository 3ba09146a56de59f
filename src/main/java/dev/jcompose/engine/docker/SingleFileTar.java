package dev.jcompose.engine.docker;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The one-file tar archives the engine's archive API takes and gives: ustar, a single regular file. Enough for
 * writing a configuration file into a container and reading it back; not a general tar library.
 */
final class SingleFileTar {
    private static final int BLOCK = 512;

    private SingleFileTar() {
    }

    /** An archive holding {@code content} at the relative path {@code name} (at most 100 characters). */
    static byte[] of(String name, byte[] content, int mode) {
        byte[] nameBytes = name.getBytes(StandardCharsets.UTF_8);
        if (nameBytes.length > 100) throw new IllegalArgumentException("path too long for a tar header: " + name);
        byte[] header = new byte[BLOCK];
        System.arraycopy(nameBytes, 0, header, 0, nameBytes.length);
        octal(header, 100, 8, mode);
        octal(header, 108, 8, 0);
        octal(header, 116, 8, 0);
        octal(header, 124, 12, content.length);
        octal(header, 136, 12, System.currentTimeMillis() / 1000);
        header[156] = '0';
        put(header, 257, "ustar\0");
        put(header, 263, "00");
        for (int i = 148; i < 156; i++) header[i] = ' ';
        long sum = 0;
        for (byte b : header) sum += b & 0xff;
        octal(header, 148, 7, sum);
        header[155] = ' ';
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(header);
        out.writeBytes(content);
        out.writeBytes(new byte[padding(content.length)]);
        out.writeBytes(new byte[2 * BLOCK]);
        return out.toByteArray();
    }

    /** The content of the first regular file in the archive; empty when it holds none. */
    static Optional<byte[]> firstFile(InputStream tar) throws IOException {
        while (true) {
            byte[] header = tar.readNBytes(BLOCK);
            if (header.length < BLOCK || header[0] == 0) return Optional.empty();
            long size = parseOctal(header, 124, 12);
            byte type = header[156];
            byte[] body = tar.readNBytes((int) size);
            tar.readNBytes(padding(size));
            if (type == '0' || type == 0) return Optional.of(body);
        }
    }

    private static int padding(long size) {
        return (int) ((BLOCK - size % BLOCK) % BLOCK);
    }

    private static void octal(byte[] header, int offset, int length, long value) {
        String text = Long.toOctalString(value);
        String padded = "0".repeat(Math.max(0, length - 1 - text.length())) + text;
        put(header, offset, padded);
        header[offset + length - 1] = 0;
    }

    private static void put(byte[] header, int offset, String text) {
        byte[] b = text.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(b, 0, header, offset, b.length);
    }

    private static long parseOctal(byte[] header, int offset, int length) {
        long v = 0;
        for (int i = offset; i < offset + length; i++) {
            byte b = header[i];
            if (b == 0 || b == ' ') {
                if (v > 0) break;
                continue;
            }
            v = v * 8 + (b - '0');
        }
        return v;
    }
}
