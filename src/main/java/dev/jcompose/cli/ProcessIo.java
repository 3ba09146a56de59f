package dev.jcompose.cli;

import java.io.InputStream;
import java.io.OutputStream;

/**
 * The process's standard streams as bytes, for commands that pass a container's bytes through ({@code exec},
 * {@code run}): stdin, and stdout/stderr as the same sinks the command line's writers print to (a command flushes
 * its writer before it writes bytes). {@code out}/{@code err} null = none: bytes are printed through the writers
 * as UTF-8 text. The terminal flags decide whether a TTY is the default; {@code tty} (null = none) runs TTY
 * sessions.
 */
public record ProcessIo(InputStream in, OutputStream out, OutputStream err, boolean inIsTerminal,
                        boolean outIsTerminal, TtySessions tty) {

    /** No stdin (it is empty), no byte streams, no terminal. */
    public static final ProcessIo NONE = new ProcessIo(InputStream.nullInputStream(), null, null, false, false, null);

    public ProcessIo {
        in = in == null ? InputStream.nullInputStream() : in;
    }

    /** Whether a command asking for a TTY by default gets one: both ends are a terminal and a session can run. */
    public boolean canRunTty() {
        return tty != null && inIsTerminal && outIsTerminal;
    }
}
