package dev.jcompose.cli;

import dev.jcompose.app.LogStreamer;

import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Prints container log lines as Docker Compose does: {@code web-1  | line}, the prefix padded to the longest
 * seen so far and coloured per service on a terminal.
 */
final class LogPrinter implements LogStreamer.LineSink {

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
        String name = container.startsWith(projectPrefix) ? container.substring(projectPrefix.length()) : container;
        width = Math.max(width, name.length());
        String label = name + " ".repeat(width - name.length()) + "  | ";
        if (colour) {
            String c = colourByService.computeIfAbsent(service == null ? name : service,
                    s -> COLOURS[colourByService.size() % COLOURS.length]);
            label = "\u001b[" + c + "m" + label + "\u001b[0m";
        }
        out.println(label + text);
        out.flush();
    }
}
