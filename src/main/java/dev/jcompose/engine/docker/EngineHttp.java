package dev.jcompose.engine.docker;

import dev.jcompose.engine.EngineException;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A small HTTP/1.1 client for the engine API, one connection per request (a unix socket connects in microseconds):
 * every request on a command's path, hijacked requests whose input can be half-closed ({@link #upgrade}), and
 * responses whose headers matter before their body (a wait registered before the container starts, a path stat).
 */
final class EngineHttp {

    /** An answered request; the body is read (and the connection closed) by the caller. */
    static final class Response implements Closeable {
        private final int status;
        private final Map<String, String> headers;
        private final InputStream body;
        private final EngineConnection connection;

        Response(int status, Map<String, String> headers, InputStream body, EngineConnection connection) {
            this.status = status;
            this.headers = headers;
            this.body = body;
            this.connection = connection;
        }

        int status() {
            return status;
        }

        /** A header's value by its name in any case, or null. */
        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        InputStream body() {
            return body;
        }

        String bodyText() {
            try {
                return new String(body.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() throws IOException {
            connection.close();
        }
    }

    private final Endpoint endpoint;
    private final String apiVersion;

    /**
     * @param apiVersion the negotiated API version, e.g. "1.41": every path is sent under /v1.41; null sends paths as
     *                   they are (the version request, made before there is a version to talk)
     */
    EngineHttp(Endpoint endpoint, String apiVersion) {
        this.endpoint = endpoint;
        this.apiVersion = apiVersion;
    }

    /**
     * Sends a request asking to take over the connection ({@code Connection: Upgrade}, {@code Upgrade: tcp}) and
     * returns the hijacked stream once the engine agrees.
     *
     * @throws EngineException (or a subtype, by HTTP status) when the engine refuses, with the engine's message
     */
    HijackedStream upgrade(String operation, String object, String method, String path, String jsonBody)
            throws IOException {
        EngineConnection connection = EngineConnection.open(endpoint);
        try {
            write(connection, method, path, jsonBody == null ? null : jsonBody.getBytes(StandardCharsets.UTF_8), Map.of("Connection", "Upgrade", "Upgrade", "tcp"));
            BufferedInputStream in = new BufferedInputStream(connection.in());
            int status = readStatus(in);
            Map<String, String> headers = readHeaders(in);
            // 101 from engines that honour Upgrade; older ones answer 200 and hijack all the same.
            if (status != 101 && status != 200) {
                throw failure(operation, object, status, new String(body(in, headers).readAllBytes(),
                        StandardCharsets.UTF_8));
            }
            return new HijackedStream(connection, in);
        } catch (IOException | RuntimeException e) {
            connection.close();
            throw e;
        }
    }

    /**
     * Sends a request and returns as soon as the status line and headers have arrived; the body streams after.
     *
     * @throws EngineException (or a subtype, by HTTP status) for a status of 400 and above
     */
    Response send(String operation, String object, String method, String path, byte[] jsonBody) throws IOException {
        EngineConnection connection = EngineConnection.open(endpoint);
        try {
            write(connection, method, path, jsonBody, Map.of("Connection", "close"));
            BufferedInputStream in = new BufferedInputStream(connection.in());
            int status = readStatus(in);
            Map<String, String> headers = readHeaders(in);
            InputStream body = method.equals("HEAD") || status == 204 || status == 304
                    ? InputStream.nullInputStream() : body(in, headers);
            if (status >= 400) {
                throw failure(operation, object, status, new String(body.readAllBytes(), StandardCharsets.UTF_8));
            }
            return new Response(status, headers, body, connection);
        } catch (IOException | RuntimeException e) {
            connection.close();
            throw e;
        }
    }

    private void write(EngineConnection connection, String method, String path, byte[] jsonBody,
                       Map<String, String> extraHeaders) throws IOException {
        byte[] body = jsonBody == null ? new byte[0] : jsonBody;
        StringBuilder request = new StringBuilder()
                .append(method).append(' ').append(apiVersion == null ? "" : "/v" + apiVersion).append(path)
                .append(" HTTP/1.1\r\n")
                .append("Host: ").append(connection.hostHeader()).append("\r\n")
                .append("User-Agent: jcompose\r\n");
        if (jsonBody != null) {
            request.append("Content-Type: application/json\r\n");
        }
        request.append("Content-Length: ").append(body.length).append("\r\n");
        extraHeaders.forEach((k, v) -> request.append(k).append(": ").append(v).append("\r\n"));
        request.append("\r\n");
        connection.out().write(request.toString().getBytes(StandardCharsets.US_ASCII));
        connection.out().write(body);
        connection.out().flush();
    }

    private static int readStatus(InputStream in) throws IOException {
        String line = readLine(in);
        if (line == null) {
            throw new java.net.SocketException("the engine closed the connection without answering");
        }
        String[] parts = line.split(" ", 3);
        if (parts.length < 2 || !parts[0].startsWith("HTTP/")) {
            throw new IOException("not an HTTP answer from the engine: " + line);
        }
        try {
            return Integer.parseInt(parts[1]);
        } catch (NumberFormatException e) {
            throw new IOException("not an HTTP answer from the engine: " + line, e);
        }
    }

    private static Map<String, String> readHeaders(InputStream in) throws IOException {
        Map<String, String> headers = new LinkedHashMap<>();
        for (String line = readLine(in); line != null && !line.isEmpty(); line = readLine(in)) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                headers.put(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), line.substring(colon + 1).trim());
            }
        }
        return headers;
    }

    /** A CRLF- (or LF-) terminated line without its terminator; null at end of stream. */
    static String readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) >= 0) {
            if (b == '\n') {
                byte[] bytes = line.toByteArray();
                int length = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
                return new String(bytes, 0, length, StandardCharsets.ISO_8859_1);
            }
            line.write(b);
        }
        return line.size() == 0 ? null : line.toString(StandardCharsets.ISO_8859_1);
    }

    private static InputStream body(InputStream in, Map<String, String> headers) {
        String transfer = headers.get("transfer-encoding");
        if (transfer != null && transfer.toLowerCase(Locale.ROOT).contains("chunked")) {
            return new ChunkedInputStream(in);
        }
        String length = headers.get("content-length");
        if (length != null) {
            return new BoundedInputStream(in, Long.parseLong(length.trim()));
        }
        return in;
    }

    private static EngineException failure(String operation, String object, int status, String body) {
        return EngineErrors.forStatus(operation, object, status, EngineErrors.messageOf(body, status));
    }

    /** Reads exactly {@code remaining} bytes, then reports end of stream. */
    private static final class BoundedInputStream extends InputStream {
        private final InputStream in;
        private long remaining;

        BoundedInputStream(InputStream in, long length) {
            this.in = in;
            this.remaining = length;
        }

        @Override
        public int read() throws IOException {
            if (remaining <= 0) return -1;
            int b = in.read();
            if (b >= 0) remaining--;
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (remaining <= 0) return -1;
            int n = in.read(b, off, (int) Math.min(len, remaining));
            if (n > 0) remaining -= n;
            return n;
        }
    }

    /** HTTP/1.1 chunked transfer coding: {@code size-in-hex CRLF data CRLF}, ending with a chunk of size 0. */
    static final class ChunkedInputStream extends InputStream {
        private final InputStream in;
        private long chunkLeft;
        private boolean done;

        ChunkedInputStream(InputStream in) {
            this.in = in;
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
            if (!nextChunk()) return -1;
            int n = in.read(b, off, (int) Math.min(len, chunkLeft));
            if (n < 0) throw new IOException("the engine's chunked answer ended in the middle of a chunk");
            chunkLeft -= n;
            if (chunkLeft == 0) readLine(in);
            return n;
        }

        private boolean nextChunk() throws IOException {
            if (done) return false;
            if (chunkLeft > 0) return true;
            String line = readLine(in);
            if (line == null) {
                done = true;
                return false;
            }
            int semicolon = line.indexOf(';');
            String size = (semicolon >= 0 ? line.substring(0, semicolon) : line).trim();
            chunkLeft = size.isEmpty() ? 0 : Long.parseLong(size, 16);
            if (chunkLeft == 0) {
                // trailers until the empty line
                for (String t = readLine(in); t != null && !t.isEmpty(); t = readLine(in)) {
                    // ignored
                }
                done = true;
                return false;
            }
            return true;
        }
    }
}
