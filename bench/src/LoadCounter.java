import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Steady HTTP load for bench/rollout.sh: THREADS clients, each sending GET / on a new connection after the other to
 * 127.0.0.1:PORT, until STOPFILE exists. Prints "ok N failed M" (a failure: refused, reset, timed out, not 200).
 * Usage: java LoadCounter PORT STOPFILE [THREADS]
 */
public final class LoadCounter {

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        Path stop = Path.of(args[1]);
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : 2;
        AtomicLong ok = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        List<Thread> clients = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            Thread t = new Thread(() -> {
                while (!Files.exists(stop)) {
                    if (ask(port)) ok.incrementAndGet();
                    else failed.incrementAndGet();
                }
            });
            t.start();
            clients.add(t);
        }
        for (Thread t : clients) t.join();
        System.out.println("ok " + ok.get() + " failed " + failed.get());
    }

    private static boolean ask(int port) {
        try (Socket s = new Socket()) {
            s.setSoTimeout(10_000);
            s.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
            OutputStream out = s.getOutputStream();
            out.write(("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String response = new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return response.startsWith("HTTP/1.1 200") || response.startsWith("HTTP/1.0 200");
        } catch (IOException e) {
            return false;
        }
    }
}
