package dev.jcompose.cli.shell;

import java.io.IOException;
import java.io.InputStream;

/**
 * The terminal's keys for one session, read straight from standard input so that what arrives together (an escape
 * sequence such as a cursor-position answer) goes on together. The terminal is in raw mode with a read timeout
 * ({@link RawMode}), so a read comes back now and then with nothing, and when the session ends the reader stops
 * without taking a key meant for what comes next (the shell's next line). Closing ends this stream, never stdin.
 */
final class KeyStream extends InputStream {

    /** A read that comes back empty sooner than this did not wait for the terminal: it has hung up. */
    private static final long HUNG_UP_NANOS = 20_000_000;

    private final InputStream stdin;
    private volatile boolean closed;

    KeyStream(InputStream stdin) {
        this.stdin = stdin;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) return 0;
        while (!closed) {
            long start = System.nanoTime();
            int n = stdin.read(b, off, len);
            if (n > 0) return n;
            // Nothing within the terminal's read timeout (Java reports that as -1): look again.
            if (System.nanoTime() - start < HUNG_UP_NANOS) pause();
        }
        return -1;
    }

    private static void pause() throws IOException {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("interrupted while reading keys");
        }
    }

    @Override
    public void close() {
        closed = true;
    }
}
