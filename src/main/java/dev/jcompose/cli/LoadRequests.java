package dev.jcompose.cli;

import dev.jcompose.loader.LoadRequest;

/** The global options as the loader wants them. */
final class LoadRequests {

    private LoadRequests() {
    }

    static LoadRequest of(JcomposeCommand global, CliContext context, boolean interpolate) {
        return new LoadRequest(global.files(), global.projectName(), global.projectDirectory(), global.envFiles(),
                global.profiles(), context.environment(), context.workingDir(), interpolate, context.stdin());
    }
}
