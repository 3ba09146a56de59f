package dev.jcompose.cli.shell;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * The terminal's keys for one session, read straight from standard input so that what arrives together (an escape
 * sequence such as a cursor-position answer) goes on together. The terminal is in raw mode with a read timeout
 * ({@link RawMode}), so a read comes back now and then with nothing. Closing ends this stream, never stdin, and waits
 * for a read in progress to come back: after {@link #close()} no thread of this session reads the terminal any more,
 * so the shell's next line cannot be taken by it. Keys that such a last read brought are kept as {@link #typedAhead()}.
 */
final class KeyStream extends InputStream {

    /** A read that comes back empty sooner than this did not wait for the terminal: it has hung up. */
    private static final long HUNG_UP_NANOS = 20_000_000;
    /** Longer than one raw-mode read can take; bounds {@link #close()} should the terminal not be in raw mode. */
    private static final long CLOSE_WAIT_MILLIS = 1_000;

    private final InputStream stdin;
    private final Object lock = new Object();
    private final ByteArrayOutputStream typedAhead = new ByteArrayOutputStream();
    private boolean closed;
    private boolean reading;

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
        synchronized (lock) {
            if (closed) return -1;
            reading = true;
        }
        try {
            while (true) {
                long start = System.nanoTime();
                int n = stdin.read(b, off, len);
                synchronized (lock) {
                    if (closed) {
                        if (n > 0) typedAhead.write(b, off, n);
                        return -1;
                    }
                }
                if (n > 0) return n;
                // Nothing within the terminal's read timeout (Java reports that as -1): look again.
                if (System.nanoTime() - start < HUNG_UP_NANOS) pause();
            }
        } finally {
            synchronized (lock) {
                reading = false;
                lock.notifyAll();
            }
        }
    }

    private void pause() throws IOException {
        try {
            synchronized (lock) {
                if (!closed) lock.wait(100);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("interrupted while reading keys");
        }
    }

    /** Ends the stream once the read in progress, if any, has come back (within the raw mode's read timeout). */
    @Override
    public void close() {
        long deadline = System.nanoTime() + CLOSE_WAIT_MILLIS * 1_000_000;
        synchronized (lock) {
            closed = true;
            lock.notifyAll();
            try {
                long left;
                while (reading && (left = (deadline - System.nanoTime()) / 1_000_000) > 0) lock.wait(left);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Keys typed after the session ended but read by it: they belong to whatever reads the terminal next. */
    String typedAhead() {
        synchronized (lock) {
            return typedAhead.toString(StandardCharsets.UTF_8);
        }
    }
}
