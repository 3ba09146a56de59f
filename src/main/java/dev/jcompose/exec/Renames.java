package dev.jcompose.exec;

import dev.jcompose.engine.ContainerEngine;
import dev.jcompose.engine.NotFoundException;
import dev.jcompose.plan.Op;

/**
 * Retiring and restoring replicas by name. Both are idempotent, because a rollout that was interrupted is finished
 * or undone by running its steps again.
 */
final class Renames {

    private Renames() {
    }

    static String retire(ContainerEngine engine, Op.RetireContainer op) {
        rename(engine, op.name(), op.retiredName());
        return "Retired";
    }

    static String unretire(ContainerEngine engine, Op.UnretireContainer op) {
        rename(engine, op.retiredName(), op.name());
        return "Restored";
    }

    /** Renames {@code from} to {@code to}; done already when only {@code to} exists. */
    private static void rename(ContainerEngine engine, String from, String to) {
        try {
            engine.renameContainer(from, to);
        } catch (NotFoundException e) {
            try {
                engine.inspectContainer(to);
            } catch (NotFoundException neither) {
                throw e;
            }
        }
    }
}
