package dev.jcompose.cli.shell;

import java.io.InputStream;
import java.io.OutputStream;

/** What a terminal session drives: something started with keys and a screen, whose window can be resized. */
interface TtyTarget {

    /** Runs to the end and returns the exit code; {@code onStarted} runs before the first key goes in. */
    int start(InputStream keys, OutputStream screen, Runnable onStarted);

    void resize(int rows, int columns);
}
