package dev.jcompose.progress;

import java.time.Duration;

/**
 * What happens to one resource, as a progress display shows it: {@code Container demo-web-1  Started  0.4s}.
 *
 * @param resource what the event is about ({@code Container demo-web-1}, {@code Network demo_default}, a layer id)
 * @param text     the state word: "Creating", "Created", "Started", "Healthy", "Error", ...
 * @param detail   extra words (a build output line, "Downloading 12MB/40MB", an error message); may be null
 * @param elapsed  time since the work on the resource began; {@link Duration#ZERO} when it just began
 */
public record ProgressEvent(String resource, String text, Kind kind, String detail, Duration elapsed) {

    public enum Kind {
        /** Work in progress; more events for the resource follow. */
        WORKING,
        /** The resource reached its state. */
        DONE,
        /** Something went wrong that does not stop the run. */
        WARNING,
        /** The work on the resource failed. */
        ERROR
    }

    public ProgressEvent {
        elapsed = elapsed == null ? Duration.ZERO : elapsed;
    }

    public static ProgressEvent working(String resource, String text, String detail, Duration elapsed) {
        return new ProgressEvent(resource, text, Kind.WORKING, detail, elapsed);
    }

    public static ProgressEvent done(String resource, String text, Duration elapsed) {
        return new ProgressEvent(resource, text, Kind.DONE, null, elapsed);
    }

    public static ProgressEvent warning(String resource, String text, String detail, Duration elapsed) {
        return new ProgressEvent(resource, text, Kind.WARNING, detail, elapsed);
    }

    public static ProgressEvent error(String resource, String detail, Duration elapsed) {
        return new ProgressEvent(resource, "Error", Kind.ERROR, detail, elapsed);
    }
}
