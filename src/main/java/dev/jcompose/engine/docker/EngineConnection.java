package dev.jcompose.engine.docker;

import com.github.dockerjava.core.LocalDirectorySSLConfig;

import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.StandardProtocolFamily;
import java.net.URI;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;

/**
 * One byte stream to the engine, over its unix socket or TCP (with TLS when the endpoint asks for it), that can
 * close its sending half while it goes on receiving: what a hijacked request needs to deliver end-of-input.
 */
final class EngineConnection implements Closeable {
    private static final int CONNECT_TIMEOUT_MILLIS = 5_000;

    private final InputStream in;
    private final OutputStream out;
    private final HalfCloser halfCloser;
    private final Closeable whole;
    private final String hostHeader;

    @FunctionalInterface
    private interface HalfCloser {
        void shutdownOutput() throws IOException;
    }

    private EngineConnection(InputStream in, OutputStream out, HalfCloser halfCloser, Closeable whole,
                             String hostHeader) {
        this.in = in;
        this.out = out;
        this.halfCloser = halfCloser;
        this.whole = whole;
        this.hostHeader = hostHeader;
    }

    static EngineConnection open(Endpoint endpoint) throws IOException {
        URI host = endpoint.host();
        return switch (host.getScheme()) {
            case "unix" -> unix(Path.of(host.getPath()));
            case "tcp" -> tcp(endpoint);
            default -> throw new IOException(endpoint.describe() + ": jcompose cannot open a stream over "
                    + host.getScheme() + "://");
        };
    }

    private static EngineConnection unix(Path socket) throws IOException {
        SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX);
        try {
            channel.connect(UnixDomainSocketAddress.of(socket));
        } catch (IOException e) {
            channel.close();
            throw new IOException(socket + ": " + e.getMessage(), e);
        }
        // Own streams rather than Channels.newInputStream/newOutputStream: those serialise reads and writes on the
        // channel's blocking lock, so a read waiting for output would block stdin from being written.
        InputStream in = new InputStream() {
            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                int n = read(one, 0, 1);
                return n < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                if (len == 0) return 0;
                return channel.read(ByteBuffer.wrap(b, off, len));
            }
        };
        OutputStream out = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                ByteBuffer buffer = ByteBuffer.wrap(b, off, len);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
            }
        };
        return new EngineConnection(in, out, channel::shutdownOutput, channel, "docker");
    }

    private static EngineConnection tcp(Endpoint endpoint) throws IOException {
        URI host = endpoint.host();
        int port = host.getPort() > 0 ? host.getPort() : (endpoint.tlsVerify() ? 2376 : 2375);
        Socket plain = new Socket();
        try {
            plain.connect(new InetSocketAddress(host.getHost(), port), CONNECT_TIMEOUT_MILLIS);
        } catch (IOException e) {
            plain.close();
            throw e;
        }
        Socket socket = plain;
        if (endpoint.tlsVerify()) {
            SSLSocket tls = (SSLSocket) new LocalDirectorySSLConfig(endpoint.certPath().toString()).getSSLContext()
                    .getSocketFactory().createSocket(plain, host.getHost(), port, true);
            SSLParameters parameters = tls.getSSLParameters();
            parameters.setEndpointIdentificationAlgorithm("HTTPS");
            tls.setSSLParameters(parameters);
            tls.startHandshake();
            socket = tls;
        }
        Socket connected = socket;
        // On TLS, shutdownOutput sends close_notify (TLS 1.3 half-close), which the engine reads as end-of-input.
        return new EngineConnection(connected.getInputStream(), connected.getOutputStream(),
                connected::shutdownOutput, connected, host.getHost() + ":" + port);
    }

    InputStream in() {
        return in;
    }

    OutputStream out() {
        return out;
    }

    /** The value of the Host header for requests on this connection. */
    String hostHeader() {
        return hostHeader;
    }

    /** Closes the sending half: the engine reads end-of-input, and its answer still arrives. */
    void shutdownOutput() throws IOException {
        halfCloser.shutdownOutput();
    }

    @Override
    public void close() throws IOException {
        whole.close();
    }
}
