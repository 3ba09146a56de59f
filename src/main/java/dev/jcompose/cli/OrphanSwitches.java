package dev.jcompose.cli;

import dev.jcompose.loader.ComposeVariables;

/** Whether a verb removes orphans: its {@code --remove-orphans}, else COMPOSE_REMOVE_ORPHANS; for up also COMPOSE_IGNORE_ORPHANS. */
final class OrphanSwitches {

    private OrphanSwitches() {
    }

    /** @param flag {@code --remove-orphans}, null when not given */
    static boolean remove(Boolean flag, CliContext context) {
        return flag != null ? flag : ComposeVariables.isTrue(context.environment().get("COMPOSE_REMOVE_ORPHANS"));
    }

    /** {@code up}: COMPOSE_IGNORE_ORPHANS leaves orphans alone, and asking to remove them as well is an error. */
    static boolean removeOnUp(Boolean flag, CliContext context) {
        boolean remove = remove(flag, context);
        if (ComposeVariables.isTrue(context.environment().get("COMPOSE_IGNORE_ORPHANS"))) {
            if (remove) throw new CommandFailedException("cannot combine COMPOSE_IGNORE_ORPHANS and --remove-orphans");
            return false;
        }
        return remove;
    }
}
