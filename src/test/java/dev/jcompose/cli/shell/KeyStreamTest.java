package dev.jcompose.cli.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class KeyStreamTest {

    /** A terminal in raw mode with a read timeout: a read returns what has come, or -1 after 50 ms. */
    private static final class RawTerminalInput extends InputStream {
        final BlockingQueue<byte[]> typed = new ArrayBlockingQueue<>(16);
        final AtomicInteger readsInProgress = new AtomicInteger();
        volatile CountDownLatch holdNextRead;

        @Override
        public int read() {
            throw new UnsupportedOperationException();
        }

        @Override
        public int read(byte[] b, int off, int len) {
            readsInProgress.incrementAndGet();
            try {
                CountDownLatch hold = holdNextRead;
                if (hold != null) hold.await();
                byte[] keys = typed.poll(50, TimeUnit.MILLISECONDS);
                if (keys == null) return -1;
                System.arraycopy(keys, 0, b, off, keys.length);
                return keys.length;
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            } finally {
                readsInProgress.decrementAndGet();
            }
        }
    }

    private static String readOnce(KeyStream keys) throws Exception {
        byte[] buffer = new byte[64];
        int n = keys.read(buffer, 0, buffer.length);
        return n < 0 ? "<end>" : new String(buffer, 0, n, StandardCharsets.UTF_8);
    }

    @Test
    void passesKeysOnAndWaitsThroughReadTimeouts() throws Exception {
        RawTerminalInput stdin = new RawTerminalInput();
        KeyStream keys = new KeyStream(stdin);
        CompletableFuture<String> read = CompletableFuture.supplyAsync(() -> {
            try {
                return readOnce(keys);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        Thread.sleep(200); // several read timeouts pass with nothing typed
        stdin.typed.add("ls\r".getBytes(StandardCharsets.UTF_8));
        assertEquals("ls\r", read.get(5, TimeUnit.SECONDS));
    }

    @Test
    void closeReturnsOnlyWhenNoReadIsInProgressAndKeepsWhatTheLastReadBrought() throws Exception {
        RawTerminalInput stdin = new RawTerminalInput();
        KeyStream keys = new KeyStream(stdin);
        stdin.holdNextRead = new CountDownLatch(1);
        CompletableFuture<String> pump = CompletableFuture.supplyAsync(() -> {
            try {
                return readOnce(keys);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        while (stdin.readsInProgress.get() == 0) Thread.onSpinWait();

        Thread closer = new Thread(keys::close);
        closer.start();
        while (closer.getState() != Thread.State.TIMED_WAITING && closer.isAlive()) Thread.onSpinWait();
        assertTrue(closer.isAlive(), "close waits for the read in progress");

        // The shell's next line arrives while the ended session's read is still out.
        stdin.typed.add("logs -f app\r".getBytes(StandardCharsets.UTF_8));
        stdin.holdNextRead.countDown();
        closer.join(5_000);

        assertEquals(0, stdin.readsInProgress.get(), "no read of the terminal is left once close returns");
        assertEquals("<end>", pump.get(5, TimeUnit.SECONDS), "the session gets none of the next line");
        assertEquals("logs -f app\r", keys.typedAhead(), "the next line is kept for the shell");
    }

    @Test
    void readsNothingOnceClosed() throws Exception {
        RawTerminalInput stdin = new RawTerminalInput();
        KeyStream keys = new KeyStream(stdin);
        keys.close();
        stdin.typed.add("x".getBytes(StandardCharsets.UTF_8));
        assertEquals("<end>", readOnce(keys));
        assertEquals(1, stdin.typed.size(), "the key stays for the terminal's next reader");
        assertEquals("", keys.typedAhead());
    }
}
