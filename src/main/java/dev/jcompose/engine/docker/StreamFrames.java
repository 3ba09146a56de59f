package dev.jcompose.engine.docker;

import dev.jcompose.engine.LogSink;
import dev.jcompose.engine.LogStream;

import java.io.IOException;
import java.io.InputStream;

/**
 * The engine's multiplexed stream (a process without a TTY): frames of an 8-byte header — stream type (0 stdin,
 * 1 stdout, 2 stderr), three zero bytes, payload length as a big-endian uint32 — followed by the payload.
 */
final class StreamFrames {
    private static final int HEADER = 8;

    private StreamFrames() {
    }

    /** Delivers every frame's payload to the sink, by its stream, until the input ends. */
    static void demultiplex(InputStream in, LogSink sink) throws IOException {
        byte[] header = new byte[HEADER];
        while (readFully(in, header, HEADER)) {
            LogStream stream = header[0] == 2 ? LogStream.STDERR : LogStream.STDOUT;
            long length = ((header[4] & 0xffL) << 24) | ((header[5] & 0xffL) << 16) | ((header[6] & 0xffL) << 8)
                    | (header[7] & 0xffL);
            while (length > 0) {
                byte[] payload = new byte[(int) Math.min(length, 32 * 1024)];
                if (!readFully(in, payload, payload.length)) {
                    throw new IOException("the engine's output stream ended inside a frame");
                }
                sink.accept(stream, payload);
                length -= payload.length;
            }
        }
    }

    /** Copies a raw (TTY) stream to the sink as stdout until it ends. */
    static void raw(InputStream in, LogSink sink) throws IOException {
        byte[] buffer = new byte[32 * 1024];
        int n;
        while ((n = in.read(buffer)) >= 0) {
            if (n > 0) {
                byte[] chunk = new byte[n];
                System.arraycopy(buffer, 0, chunk, 0, n);
                sink.accept(LogStream.STDOUT, chunk);
            }
        }
    }

    /** @return false at a clean end of stream before the first byte; throws on an end in the middle */
    private static boolean readFully(InputStream in, byte[] buffer, int length) throws IOException {
        int read = 0;
        while (read < length) {
            int n = in.read(buffer, read, length - read);
            if (n < 0) {
                if (read == 0) return false;
                throw new IOException("the engine's output stream ended inside a frame header");
            }
            read += n;
        }
        return true;
    }
}
