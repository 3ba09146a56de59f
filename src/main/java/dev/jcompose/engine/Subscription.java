package dev.jcompose.engine;

import java.io.Closeable;

/** A running stream (events, followed logs); closing it stops the stream and never throws. */
public interface Subscription extends Closeable {
    @Override
    void close();
}
