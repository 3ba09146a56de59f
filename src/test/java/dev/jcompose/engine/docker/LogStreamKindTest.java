package dev.jcompose.engine.docker;

import dev.jcompose.engine.LogStream;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A container's logs read as frames or as a terminal's raw output: by the content type, else by the first byte. */
class LogStreamKindTest {
    private static final byte[] FRAME = {2, 0, 0, 0, 0, 0, 0, 3, 'e', 'r', 'r'};
    private static final byte[] TERMINAL_STARTING_WITH_CTRL_A = {1, 't', 't', 'y', '\r', '\n'};

    private static List<String> read(String contentType, byte[] body) throws IOException {
        List<String> chunks = new ArrayList<>();
        EngineStreams.copyLogs(contentType, new ByteArrayInputStream(body),
                (stream, bytes) -> chunks.add(stream + ":" + new String(bytes, java.nio.charset.StandardCharsets.UTF_8)));
        return chunks;
    }

    @Test
    void aRawStreamIsTheTerminalsOutputWhateverItsFirstByte() throws IOException {
        assertEquals(List.of(LogStream.STDOUT + ":\u0001tty\r\n"),
                read(EngineStreams.RAW_STREAM, TERMINAL_STARTING_WITH_CTRL_A));
    }

    @Test
    void aMultiplexedStreamIsFrames() throws IOException {
        assertEquals(List.of(LogStream.STDERR + ":err"), read(EngineStreams.MULTIPLEXED_STREAM, FRAME));
    }

    @Test
    void withoutAContentTypeTheFirstByteDecides() throws IOException {
        assertEquals(List.of(LogStream.STDERR + ":err"), read(null, FRAME));
        assertEquals(List.of(LogStream.STDOUT + ":tty\n"), read(null, "tty\n".getBytes()));
    }
}
