package dev.jcompose.exec;

import java.util.List;

/** An op did not reach its goal; the message is for people. */
final class OpFailedException extends Exception {
    private final transient List<String> lastLogLines;

    OpFailedException(String message, List<String> lastLogLines, Throwable cause) {
        super(message, cause);
        this.lastLogLines = List.copyOf(lastLogLines);
    }

    OpFailedException(String message) {
        this(message, List.of(), null);
    }

    List<String> lastLogLines() {
        return lastLogLines;
    }
}
