package dev.jcompose.cli;

import java.io.OutputStream;
import java.io.PrintWriter;

/** Without byte streams, bytes (a tar on stdout) go through the writer as ISO-8859-1: one char per byte. */
final class WriterOutputStream extends OutputStream {
    private final PrintWriter writer;

    private WriterOutputStream(PrintWriter writer) {
        this.writer = writer;
    }

    /** The process's stdout as bytes, else {@code out}'s chars; {@code out} is flushed first. */
    static OutputStream bytesOf(ProcessIo io, PrintWriter out) {
        out.flush();
        return io.out() != null ? io.out() : new WriterOutputStream(out);
    }

    @Override
    public void write(int b) {
        writer.write(b & 0xff);
    }

    @Override
    public void flush() {
        writer.flush();
    }
}
