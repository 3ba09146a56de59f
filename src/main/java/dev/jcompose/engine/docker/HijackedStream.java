package dev.jcompose.engine.docker;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * A connection the engine has handed over to a process's streams ({@link EngineHttp#upgrade}): what is written goes
 * to the process's stdin, what is read is its output — multiplexed frames without a TTY ({@link StreamFrames}), raw
 * bytes with one.
 */
final class HijackedStream implements Closeable {
    private final EngineConnection connection;
    private final InputStream output;

    HijackedStream(EngineConnection connection, InputStream output) {
        this.connection = connection;
        this.output = output;
    }

    /** The process's output (already past the HTTP answer's headers). */
    InputStream output() {
        return output;
    }

    /** The process's stdin. */
    OutputStream input() {
        return connection.out();
    }

    /** Ends the process's stdin; its output goes on until it exits. */
    void closeInput() throws IOException {
        connection.shutdownOutput();
    }

    @Override
    public void close() throws IOException {
        connection.close();
    }
}
