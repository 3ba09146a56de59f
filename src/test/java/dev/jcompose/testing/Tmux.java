package dev.jcompose.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.abort;

/**
 * A real pseudo-terminal for tests: a tmux server of its own (its own socket, no user configuration) running
 * {@code sh} in one window. Keys are sent as a person types them, the screen is read back, the window can be
 * resized, and every wait is a poll of the screen with a deadline.
 */
public final class Tmux implements AutoCloseable {

    private static final Duration DEFAULT_WAIT = Duration.ofSeconds(30);

    private final String socket = "jc-test-" + UUID.randomUUID().toString().substring(0, 8);
    private final Map<String, String> environment;

    private Tmux(Map<String, String> environment) {
        this.environment = environment;
    }

    /** Starts {@code sh} in {@code dir} on a {@code columns}x{@code rows} terminal; skips (fails in CI) without tmux. */
    public static Tmux start(Path dir, Map<String, String> environment, int columns, int rows) throws Exception {
        if (!installed()) {
            if ("true".equals(System.getenv("CI"))) fail("tmux is not installed (run-tests.sh installs it)");
            abort("tmux is not installed");
        }
        Tmux t = new Tmux(environment);
        t.tmux("-f", "/dev/null", "new-session", "-d", "-s", "t", "-x", String.valueOf(columns), "-y",
                String.valueOf(rows), "-c", dir.toString(), "sh");
        t.tmux("set-option", "-g", "status", "off");
        return t;
    }

    private static boolean installed() {
        try {
            Process p = new ProcessBuilder("tmux", "-V").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    /** Types text literally (no key names). */
    public void type(String text) throws Exception {
        tmux("send-keys", "-t", "t", "-l", "--", text);
    }

    /** Presses keys by tmux's names: Enter, Tab, C-c, C-d. */
    public void press(String... keys) throws Exception {
        List<String> args = new ArrayList<>(List.of("send-keys", "-t", "t"));
        args.addAll(List.of(keys));
        tmux(args.toArray(String[]::new));
    }

    public void typeLine(String text) throws Exception {
        type(text);
        press("Enter");
    }

    /** The screen and its scrollback, wrapped lines joined. */
    public String screen() throws Exception {
        return tmux("capture-pane", "-p", "-J", "-t", "t", "-S", "-500");
    }

    /** The tty device of the window's terminal, e.g. /dev/pts/3. */
    public String tty() throws Exception {
        return tmux("display-message", "-p", "-t", "t", "#{pane_tty}").strip();
    }

    /** The terminal's size as {@code stty size} prints it: rows, then columns. */
    public String size() throws Exception {
        return tmux("display-message", "-p", "-t", "t", "#{pane_height} #{pane_width}").strip();
    }

    /** Resizes the window and waits until its terminal has the new size. */
    public void resize(int columns, int rows) throws Exception {
        tmux("resize-window", "-t", "t", "-x", String.valueOf(columns), "-y", String.valueOf(rows));
        long deadline = System.nanoTime() + DEFAULT_WAIT.toNanos();
        while (!size().equals(rows + " " + columns)) {
            if (System.nanoTime() > deadline) fail("the window is " + size() + ", not " + rows + " " + columns);
            Thread.sleep(50);
        }
    }

    /** Polls the screen until {@code condition} holds; fails with the screen after 30 s. */
    public String await(String what, Predicate<String> condition) throws Exception {
        return await(what, condition, DEFAULT_WAIT);
    }

    public String await(String what, Predicate<String> condition, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        String screen = screen();
        while (!condition.test(screen)) {
            if (System.nanoTime() > deadline) fail("timed out waiting for " + what + "; the screen:\n" + screen);
            Thread.sleep(50);
            screen = screen();
        }
        return screen;
    }

    /** How often {@code text} is on the screen (and in its scrollback). */
    public static int count(String screen, String text) {
        int n = 0;
        for (int i = screen.indexOf(text); i >= 0; i = screen.indexOf(text, i + text.length())) n++;
        return n;
    }

    /** The last line with anything on it. */
    public static String lastLine(String screen) {
        String[] lines = screen.stripTrailing().split("\n");
        return lines.length == 0 ? "" : lines[lines.length - 1];
    }

    private String tmux(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("tmux", "-L", socket));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().clear();
        pb.environment().putAll(environment);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(20, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("tmux " + String.join(" ", args) + " did not finish");
        }
        if (p.exitValue() != 0) fail("tmux " + String.join(" ", args) + " failed: " + out);
        return out;
    }

    @Override
    public void close() throws Exception {
        ProcessBuilder pb = new ProcessBuilder("tmux", "-L", socket, "kill-server").redirectErrorStream(true);
        Process p = pb.start();
        p.getInputStream().readAllBytes();
        p.waitFor(20, TimeUnit.SECONDS);
    }
}
