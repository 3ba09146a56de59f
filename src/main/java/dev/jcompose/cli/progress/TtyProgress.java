package dev.jcompose.cli.progress;

import dev.jcompose.progress.ProgressEvent;
import dev.jcompose.progress.ProgressListener;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The live display of a terminal: one line per resource with its state and elapsed time, redrawn in place,
 * a spinner on what is still working. {@link #close()} draws the final state and leaves the cursor below it.
 */
final class TtyProgress implements ProgressListener, AutoCloseable {

    private static final String[] SPINNER = {"⠋", "⠙", "⠹", "⠸", "⠼", "⠴", "⠦", "⠧", "⠇", "⠏"};
    private static final String GREEN = "\u001b[32m";
    private static final String RED = "\u001b[31m";
    private static final String YELLOW = "\u001b[33m";
    private static final String BLUE = "\u001b[34m";
    private static final String RESET = "\u001b[0m";

    private record Line(ProgressEvent event, long startedNanos) {
    }

    private final PrintWriter err;
    private final boolean colour;
    private final Map<String, Line> lines = new LinkedHashMap<>();
    private final ScheduledExecutorService ticker;
    private int drawn;
    private int frame;

    TtyProgress(PrintWriter err, boolean colour) {
        this.err = err;
        this.colour = colour;
        this.ticker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "progress-ticker");
            t.setDaemon(true);
            return t;
        });
        // Elapsed times and spinners move while nothing else happens; redraws are cheap.
        ticker.scheduleAtFixedRate(this::redraw, 100, 100, TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void onEvent(ProgressEvent e) {
        Line old = lines.get(e.resource());
        long started = old == null ? System.nanoTime() - e.elapsed().toNanos() : old.startedNanos();
        lines.put(e.resource(), new Line(e, started));
        redraw();
    }

    private synchronized void redraw() {
        frame++;
        StringBuilder b = new StringBuilder();
        if (drawn > 0) b.append("\u001b[").append(drawn).append('F');
        int width = lines.keySet().stream().mapToInt(String::length).max().orElse(0);
        for (Line l : lines.values()) {
            ProgressEvent e = l.event();
            boolean working = e.kind() == ProgressEvent.Kind.WORKING;
            Duration elapsed = working ? Duration.ofNanos(System.nanoTime() - l.startedNanos()) : e.elapsed();
            String mark = switch (e.kind()) {
                case WORKING -> SPINNER[frame % SPINNER.length];
                case DONE -> paint(GREEN, "✔");
                case WARNING -> paint(YELLOW, "!");
                case ERROR -> paint(RED, "✘");
            };
            b.append("\u001b[2K ").append(mark).append(' ').append(pad(l.event().resource(), width)).append("  ")
                    .append(e.kind() == ProgressEvent.Kind.ERROR ? paint(RED, e.text()) : e.text());
            if (e.detail() != null && !e.detail().isEmpty()) b.append(' ').append(e.detail());
            b.append(' ').append(paint(BLUE, String.format(Locale.ROOT, "%.1fs", elapsed.toMillis() / 1000.0)));
            b.append('\n');
        }
        drawn = lines.size();
        err.print(b);
        err.flush();
    }

    private String paint(String code, String text) {
        return colour ? code + text + RESET : text;
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s : s + " ".repeat(width - s.length());
    }

    @Override
    public void close() {
        ticker.shutdownNow();
        redraw();
    }
}
