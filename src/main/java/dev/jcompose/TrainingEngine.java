package dev.jcompose;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * For the build's class-data-sharing run only ({@link CdsTraining}): answers Docker API requests on a unix socket
 * with recorded responses, so that the run goes through the engine client's classes (HTTP, JSON, the API's model)
 * without an engine. The routes file lists {@code METHOD path-regex status file}; the path is matched without its
 * {@code /vX.Y} prefix and query. Anything else gets a 404 in the engine's error shape.
 */
final class TrainingEngine implements AutoCloseable {

    private record Route(String method, Pattern path, int status, Path body) {
    }

    private final ServerSocketChannel server;
    private final List<Route> routes;
    private final Thread acceptor;

    private TrainingEngine(ServerSocketChannel server, List<Route> routes) {
        this.server = server;
        this.routes = routes;
        this.acceptor = new Thread(this::serve, "training-engine");
        acceptor.setDaemon(true);
    }

    static TrainingEngine listen(Path socket, Path responses) throws IOException {
        List<Route> routes = new ArrayList<>();
        for (String line : Files.readAllLines(responses.resolve("routes"))) {
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] f = line.trim().split("\\s+");
            routes.add(new Route(f[0], Pattern.compile(f[1]), Integer.parseInt(f[2]),
                    f.length > 3 ? responses.resolve(f[3]) : null));
        }
        ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        server.bind(UnixDomainSocketAddress.of(socket));
        TrainingEngine engine = new TrainingEngine(server, routes);
        engine.acceptor.start();
        return engine;
    }

    private void serve() {
        while (server.isOpen()) {
            try {
                SocketChannel connection = server.accept();
                Thread t = new Thread(() -> answer(connection), "training-engine-connection");
                t.setDaemon(true);
                t.start();
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void answer(SocketChannel connection) {
        try (connection; InputStream in = Channels.newInputStream(connection);
             OutputStream out = Channels.newOutputStream(connection)) {
            while (true) {
                String head = readHead(in);
                if (head == null) return;
                String[] requestLine = head.substring(0, head.indexOf('\r')).split(" ");
                skipBody(in, head);
                respond(out, requestLine[0], requestLine[1]);
                // a hijacked stream (exec, attach) ends when its process does: at once, here
                if (head.toLowerCase(Locale.ROOT).contains("upgrade: tcp")) return;
            }
        } catch (IOException gone) {
            // the client closed the connection
        }
    }

    private void respond(OutputStream out, String method, String target) throws IOException {
        String path = target.replaceFirst("\\?.*", "").replaceFirst("^/v\\d+\\.\\d+", "");
        int status = 404;
        byte[] body = "{\"message\":\"not recorded\"}".getBytes(StandardCharsets.UTF_8);
        for (Route r : routes) {
            if (r.method().equals(method) && r.path().matcher(path).matches()) {
                status = r.status();
                body = r.body() == null ? new byte[0] : Files.readAllBytes(r.body());
                break;
            }
        }
        String head = "HTTP/1.1 " + status + " " + (status < 300 ? "OK" : "Error") + "\r\n"
                + "Api-Version: 1.41\r\nContent-Type: " + (path.equals("/_ping") ? "text/plain" : "application/json")
                + "\r\nContent-Length: " + body.length + "\r\n\r\n";
        out.write(head.getBytes(StandardCharsets.US_ASCII));
        out.write(body);
        out.flush();
    }

    /** The request line and headers, or null at the end of the connection. */
    private static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int lastFour = 0;
        while (lastFour != 0x0d0a0d0a) {
            int b = in.read();
            if (b < 0) return null;
            head.write(b);
            lastFour = (lastFour << 8) | b;
        }
        return head.toString(StandardCharsets.US_ASCII);
    }

    private static void skipBody(InputStream in, String head) throws IOException {
        String lower = head.toLowerCase(Locale.ROOT);
        int at = lower.indexOf("content-length:");
        if (at >= 0) {
            long length = Long.parseLong(lower.substring(at + 15, lower.indexOf('\r', at)).trim());
            in.readNBytes((int) length);
        } else if (lower.contains("transfer-encoding: chunked")) {
            while (true) {
                StringBuilder size = new StringBuilder();
                int b;
                while ((b = in.read()) >= 0 && b != '\n') if (b != '\r') size.append((char) b);
                int n = Integer.parseInt(size.toString().split(";")[0].trim(), 16);
                in.readNBytes(n + 2);
                if (n == 0) return;
            }
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
