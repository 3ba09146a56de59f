package dev.jcompose.e2e;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * Steady traffic from the host to a published port while a test redeploys: each client thread sends one request
 * after another and counts what answered (by the body's first line, e.g. the version) and what failed, with why.
 */
final class Load implements AutoCloseable {

    /** One client's way of asking: returns the answer's first line or throws. */
    interface Probe {
        String ask() throws IOException, InterruptedException;
    }

    private final List<Thread> threads = new ArrayList<>();
    private final Map<String, AtomicInteger> answers = new ConcurrentHashMap<>();
    private final List<String> failures = new CopyOnWriteArrayList<>();
    private volatile boolean running = true;

    /** A new TCP connection per HTTP request. */
    static Probe httpNewConnection(int port) {
        return () -> {
            try (Socket s = connect(port)) {
                OutputStream out = s.getOutputStream();
                out.write(("GET / HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nConnection: close\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
                out.flush();
                String response = new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                if (!response.startsWith("HTTP/1.1 200")) {
                    throw new IOException("status " + response.lines().findFirst().orElse("(none)"));
                }
                int body = response.indexOf("\r\n\r\n");
                return firstLine(response.substring(body + 4));
            }
        };
    }

    /** One HTTP/1.1 client whose connection stays open between requests, as a browser's or an SDK's does. */
    static Probe httpKeepAlive(int port) {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/"))
                .timeout(Duration.ofSeconds(5)).build();
        return () -> {
            HttpResponse<String> r = client.send(request, HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) throw new IOException("status " + r.statusCode());
            return firstLine(r.body());
        };
    }

    /** A new TCP connection per request to a server that writes one line and closes. */
    static Probe tcpLine(int port) {
        return () -> {
            try (Socket s = connect(port)) {
                InputStream in = s.getInputStream();
                String line = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).readLine();
                if (line == null || line.isEmpty()) throw new IOException("connection closed without an answer");
                return line;
            }
        };
    }

    /** Two HTTP clients: one opens a connection per request, the other keeps its connection open as a browser does. */
    static Load http(int port) {
        return new Load().start("new-connection", httpNewConnection(port)).start("keep-alive", httpKeepAlive(port));
    }

    /**
     * Runs {@code change} under this load: once the service has answered 50 requests, and until it has answered 50
     * more after the change; then stops the clients.
     */
    <T> T during(Callable<T> change) throws Exception {
        try {
            awaitAnswered(50);
            T result = change.call();
            awaitAnswered(answered() + 50);
            return result;
        } finally {
            close();
        }
    }

    Load start(String name, Probe probe) {
        Thread t = new Thread(() -> {
            while (running) {
                try {
                    answers.computeIfAbsent(probe.ask(), k -> new AtomicInteger()).incrementAndGet();
                } catch (IOException e) {
                    failures.add(name + ": " + e);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "load-" + name);
        t.setDaemon(true);
        t.start();
        threads.add(t);
        return this;
    }

    /** Stops every client and waits for its last request. */
    @Override
    public void close() throws InterruptedException {
        running = false;
        for (Thread t : threads) t.join(15_000);
    }

    /** Waits until at least {@code atLeast} requests have been answered in all; fails after 30 s. */
    void awaitAnswered(int atLeast) throws InterruptedException {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (answered() < atLeast) {
            if (System.nanoTime() > deadline) {
                fail("the service does not answer: " + report());
            }
            Thread.sleep(20);
        }
    }

    int answered() {
        return answers.values().stream().mapToInt(AtomicInteger::get).sum();
    }

    Map<String, Integer> answers() {
        Map<String, Integer> out = new java.util.TreeMap<>();
        answers.forEach((k, v) -> out.put(k, v.get()));
        return out;
    }

    List<String> failures() {
        return List.copyOf(failures);
    }

    /** How many requests failed and the first few reasons, for an assertion message. */
    String report() {
        List<String> first = failures.stream().distinct().limit(5).toList();
        return failures.size() + " failed of " + (answered() + failures.size()) + ", answered " + answers()
                + (first.isEmpty() ? "" : ", e.g. " + first);
    }

    private static Socket connect(int port) throws IOException {
        Socket s = new Socket();
        s.setSoTimeout(10_000);
        s.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
        return s;
    }

    private static String firstLine(String text) {
        int nl = text.indexOf('\n');
        return (nl < 0 ? text : text.substring(0, nl)).strip();
    }
}
