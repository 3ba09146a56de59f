package dev.jcompose.app;

/** Receives a command's output bytes as they come, stdout and stderr apart; the bytes belong to the receiver. */
@FunctionalInterface
public interface OutputSink {
    void accept(boolean stderr, byte[] bytes);
}
