package dev.jcompose.e2e;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A unix socket that forwards to the machine's engine until closed, for tests of an engine lost in the middle of a
 * command: closing it drops every connection and removes the socket, as an engine that went away does.
 */
final class EngineProxy implements AutoCloseable {

    private static final Path ENGINE = Path.of("/var/run/docker.sock");

    private final Path socket;
    private final ServerSocketChannel server;
    private final List<SocketChannel> open = new CopyOnWriteArrayList<>();

    private EngineProxy(Path socket) throws IOException {
        this.socket = socket;
        this.server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        server.bind(UnixDomainSocketAddress.of(socket));
        Thread accept = new Thread(this::accept, "engine proxy");
        accept.setDaemon(true);
        accept.start();
    }

    static EngineProxy start(Path socket) throws IOException {
        return new EngineProxy(socket);
    }

    String dockerHost() {
        return "unix://" + socket;
    }

    private void accept() {
        try {
            while (true) {
                SocketChannel client = server.accept();
                SocketChannel engine = SocketChannel.open(UnixDomainSocketAddress.of(ENGINE));
                open.add(client);
                open.add(engine);
                pump(client, engine);
                pump(engine, client);
            }
        } catch (IOException closed) {
            // the proxy was closed
        }
    }

    private static void pump(SocketChannel from, SocketChannel to) {
        Thread t = new Thread(() -> {
            ByteBuffer buffer = ByteBuffer.allocate(64 * 1024);
            try {
                while (from.read(buffer) >= 0) {
                    buffer.flip();
                    while (buffer.hasRemaining()) to.write(buffer);
                    buffer.clear();
                }
                to.shutdownOutput();
            } catch (IOException closed) {
                // one side went away; close() ends the other
            }
        }, "engine proxy pump");
        t.setDaemon(true);
        t.start();
    }

    @Override
    public void close() throws IOException {
        server.close();
        for (SocketChannel c : open) c.close();
        Files.deleteIfExists(socket);
    }
}
