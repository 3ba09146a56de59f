package dev.jcompose.engine.docker;

import dev.jcompose.engine.LogSink;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * Runs a hijacked stream to its end: stdin is copied in on a daemon thread and, at its end, the sending half of the
 * connection is closed so that the process reads end-of-input; output is delivered on the caller's thread until the
 * engine closes it (the process has exited).
 */
final class StreamPump {

    private StreamPump() {
    }

    /**
     * @param stdin null = send nothing (and never close the input: a process without stdin does not wait for it)
     * @param tty   the output is raw (a TTY) rather than multiplexed frames
     */
    static void run(HijackedStream stream, InputStream stdin, LogSink sink, boolean tty) throws IOException {
        if (stdin != null) {
            Thread copier = new Thread(() -> copyThenClose(stdin, stream), "stdin-to-engine");
            copier.setDaemon(true);
            copier.start();
        }
        if (tty) {
            StreamFrames.raw(stream.output(), sink);
        } else {
            StreamFrames.demultiplex(stream.output(), sink);
        }
    }

    private static void copyThenClose(InputStream stdin, HijackedStream stream) {
        OutputStream to = stream.input();
        byte[] buffer = new byte[8192];
        try {
            int n;
            while ((n = stdin.read(buffer)) >= 0) {
                if (n == 0) continue;
                to.write(buffer, 0, n);
                to.flush();
            }
        } catch (IOException processGoneOrStdinBroken) {
            // The process exited (the engine closed the stream) or stdin failed: nothing more goes in either way.
        } finally {
            try {
                stream.closeInput();
            } catch (IOException alreadyClosed) {
                // the process has gone; the output side reports how it ended
            }
        }
    }
}
