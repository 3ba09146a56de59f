package dev.jcompose.cli.progress;

import dev.jcompose.progress.ProgressEvent;
import dev.jcompose.progress.ProgressListener;

/**
 * {@code --quiet-build}: passes every event on but a build's output lines ({@code Building} events that carry a
 * line), so a build shows only that it began, ended or failed.
 */
public record WithoutBuildOutput(ProgressListener next) implements ProgressListener {

    @Override
    public void onEvent(ProgressEvent event) {
        boolean outputLine = event.kind() == ProgressEvent.Kind.WORKING && "Building".equals(event.text())
                && event.detail() != null;
        if (!outputLine) next.onEvent(event);
    }
}
