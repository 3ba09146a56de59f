package dev.jcompose.cli;

import dev.jcompose.app.OutputSink;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * A container's output to this process's stdout and stderr: the bytes as they are when the process has byte streams
 * (the writer is flushed first, so that what was printed before stays before), else decoded as UTF-8 through the
 * writers (a character split between two chunks is kept until its end arrives).
 */
final class ContainerOutput implements OutputSink {

    private final Target out;
    private final Target err;

    ContainerOutput(PrintWriter out, PrintWriter err, ProcessIo io) {
        this.out = new Target(out, io.out());
        this.err = new Target(err, io.err());
    }

    @Override
    public void accept(boolean stderr, byte[] bytes) {
        (stderr ? err : out).write(bytes);
    }

    /** Whatever a partial character left behind. */
    void finish() {
        out.finish();
        err.finish();
    }

    private static final class Target {
        private final PrintWriter writer;
        private final OutputStream raw;
        private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
        private ByteBuffer pending = ByteBuffer.allocate(0);

        Target(PrintWriter writer, OutputStream raw) {
            this.writer = writer;
            this.raw = raw;
        }

        synchronized void write(byte[] bytes) {
            if (raw != null) {
                writer.flush();
                try {
                    raw.write(bytes);
                    raw.flush();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                return;
            }
            ByteBuffer in = ByteBuffer.allocate(pending.remaining() + bytes.length).put(pending).put(bytes).flip();
            CharBuffer chars = CharBuffer.allocate(in.remaining() + 1);
            decoder.decode(in, chars, false);
            pending = in.slice();
            writer.write(chars.flip().toString());
            writer.flush();
        }

        synchronized void finish() {
            if (raw != null || !pending.hasRemaining()) return;
            CharBuffer chars = CharBuffer.allocate(pending.remaining() * 2 + 2);
            decoder.decode(pending, chars, true);
            decoder.flush(chars);
            pending = ByteBuffer.allocate(0);
            writer.write(chars.flip().toString());
            writer.flush();
        }
    }
}
