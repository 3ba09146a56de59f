package dev.jcompose.engine;

/** Receives log or exec output; the bytes belong to the receiver (the engine never reuses them). */
@FunctionalInterface
public interface LogSink {
    void accept(LogStream stream, byte[] bytes);
}
