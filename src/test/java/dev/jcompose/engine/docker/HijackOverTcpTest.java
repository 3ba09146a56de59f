package dev.jcompose.engine.docker;

import dev.jcompose.engine.ContainerEngineContract;
import dev.jcompose.engine.ContainerSpec;
import dev.jcompose.engine.EngineUnreachableException;
import dev.jcompose.engine.ExecSpec;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.StandardProtocolFamily;
import java.net.URI;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.abort;

/**
 * A hijacked exec over {@code tcp://}: the engine's unix socket is relayed to a loopback TCP port (end-of-input
 * passed on as a half-close, as a TCP engine sees it), and stdin's end must still reach the command.
 */
class HijackOverTcpTest {

    @Test
    @org.junit.jupiter.api.Timeout(60)
    void stdinEndReachesTheCommandOverTcp() throws Exception {
        Path socket = Path.of(EndpointResolver.DEFAULT_SOCKET.getPath());
        try (DockerEngine direct = connectOrSkip(); ServerSocket server = new ServerSocket(0, 8,
                InetAddress.getLoopbackAddress())) {
            Thread relay = new Thread(() -> relay(server, socket), "tcp-to-unix");
            relay.setDaemon(true);
            relay.start();
            String label = "jct-tcp-" + UUID.randomUUID().toString().substring(0, 8);
            String id = direct.createContainer(ContainerSpec.builder(label, ContainerEngineContract.IMAGE)
                    .cmd(ContainerEngineContract.RUN_FOREVER).label(ContainerEngineContract.TEST_LABEL, label).build());
            try (DockerEngine overTcp = DockerEngine.connect(new Endpoint(
                    URI.create("tcp://127.0.0.1:" + server.getLocalPort()), false, null, "test relay"))) {
                direct.startContainer(id);
                String exec = overTcp.execCreate(id, new ExecSpec(List.of("wc", "-l"), Map.of(), null, null, false,
                        true, false));
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                int code = overTcp.execStart(exec, new ByteArrayInputStream("x\ny\nz\n".getBytes(StandardCharsets.UTF_8)),
                        (stream, bytes) -> out.writeBytes(bytes));
                assertEquals(0, code);
                assertEquals("3\n", out.toString(StandardCharsets.UTF_8));
            } finally {
                direct.removeContainer(id, true, true);
            }
        }
    }

    private static DockerEngine connectOrSkip() {
        try {
            return DockerEngine.connect(new Endpoint(EndpointResolver.DEFAULT_SOCKET, false, null, "test"));
        } catch (EngineUnreachableException e) {
            if ("true".equals(System.getenv("CI"))) fail("CI=true but no container engine is reachable: " + e.getMessage());
            abort("no container engine on the default socket: " + e.getMessage());
            return null;
        }
    }

    private static void relay(ServerSocket server, Path socket) {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                SocketChannel engine = SocketChannel.open(StandardProtocolFamily.UNIX);
                engine.connect(UnixDomainSocketAddress.of(socket));
                pipe(client.getInputStream(), bytes -> engine.write(ByteBuffer.wrap(bytes)), engine::shutdownOutput);
                pipe(new InputStream() {
                    @Override
                    public int read() {
                        throw new UnsupportedOperationException();
                    }

                    @Override
                    public int read(byte[] b, int off, int len) throws IOException {
                        return engine.read(ByteBuffer.wrap(b, off, len));
                    }
                }, bytes -> {
                    OutputStream o = client.getOutputStream();
                    o.write(bytes);
                    o.flush();
                }, client::shutdownOutput);
            } catch (IOException closed) {
                return;
            }
        }
    }

    private interface Sink {
        void write(byte[] bytes) throws IOException;
    }

    private interface HalfClose {
        void run() throws IOException;
    }

    /** Copies one direction until its end, then half-closes the other side, as a TCP engine would see it. */
    private static void pipe(InputStream from, Sink to, HalfClose atEnd) {
        Thread t = new Thread(() -> {
            byte[] buffer = new byte[8192];
            try {
                int n;
                while ((n = from.read(buffer, 0, buffer.length)) >= 0) {
                    if (n > 0) to.write(java.util.Arrays.copyOf(buffer, n));
                }
                atEnd.run();
            } catch (IOException gone) {
                // the other side closed
            }
        }, "relay-pipe");
        t.setDaemon(true);
        t.start();
    }
}
