package dev.jcompose.cli;

import dev.jcompose.app.Attached;
import dev.jcompose.app.LogStreamer;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Prints container log lines as Docker Compose does: {@code web-1  | line}, the prefix padded to the longest
 * seen so far and coloured per service on a terminal; for an attached {@code up} also its {@code Attaching to …} and
 * {@code … exited with code N} lines, in Docker Compose's words.
 */
final class LogPrinter implements LogStreamer.LineSink, Attached.Status {

    /** What Docker Compose writes before a status line: back to the line's start, and clear it. */
    private static final String RESET_LINE = "\r\u001b[K";

    private static final String[] COLOURS = {"36", "33", "32", "35", "34", "96", "93", "92", "95", "94"};

    private final PrintWriter out;
    private final String projectPrefix;
    private final boolean prefix;
    private final boolean colour;
    private final Map<String, String> colourByService = new ConcurrentHashMap<>();
    private int width;

    LogPrinter(PrintWriter out, String project, boolean prefix, boolean colour) {
        this.out = out;
        this.projectPrefix = project + "-";
        this.prefix = prefix;
        this.colour = colour;
    }

    @Override
    public synchronized void line(String container, String service, boolean stderr, String text) {
        if (!prefix) {
            out.println(text);
            out.flush();
            return;
        }
        String name = shortName(container);
        width = Math.max(width, name.length());
        out.println(paint(service, name, name + " ".repeat(width - name.length()) + "  | ") + text);
        out.flush();
    }

    @Override
    public synchronized void attaching(List<String> containers) {
        out.println("Attaching to " + String.join(", ", containers.stream().map(this::shortName).toList()));
        out.flush();
    }

    @Override
    public synchronized void exited(String container, String service, int exitCode) {
        String name = shortName(container);
        out.print(paint(service, name, RESET_LINE + name + " exited with code " + exitCode + "\n"));
        out.flush();
    }

    private String shortName(String container) {
        return container.startsWith(projectPrefix) ? container.substring(projectPrefix.length()) : container;
    }

    private String paint(String service, String name, String text) {
        if (!colour) return text;
        String c = colourByService.computeIfAbsent(service == null ? name : service,
                s -> COLOURS[colourByService.size() % COLOURS.length]);
        return "\u001b[" + c + "m" + text + "\u001b[0m";
    }
}
