package dev.jcompose.cli.progress;

import dev.jcompose.progress.ProgressEvent;
import dev.jcompose.progress.ProgressListener;

import java.io.PrintWriter;

/** One line per event, for logs and pipes: {@code  Container demo-web-1  Started}. */
final class PlainProgress implements ProgressListener {

    private final PrintWriter err;

    PlainProgress(PrintWriter err) {
        this.err = err;
    }

    @Override
    public synchronized void onEvent(ProgressEvent e) {
        StringBuilder b = new StringBuilder(" ").append(e.resource()).append("  ").append(e.text());
        if (e.detail() != null && !e.detail().isEmpty()) b.append(' ').append(e.detail());
        err.println(b);
        err.flush();
    }
}
