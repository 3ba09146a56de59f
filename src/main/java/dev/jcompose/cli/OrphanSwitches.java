package dev.jcompose.cli;

import dev.jcompose.loader.ComposeVariables;

/** What a verb does with orphans: COMPOSE_REMOVE_ORPHANS and COMPOSE_IGNORE_ORPHANS where the flag says nothing. */
final class OrphanSwitches {

    private OrphanSwitches() {
    }

    /** @param flag {@code --remove-orphans}, null when not given */
    static boolean remove(Boolean flag, CliContext context) {
        return flag != null ? flag : ComposeVariables.isTrue(context.environment().get("COMPOSE_REMOVE_ORPHANS"));
    }

    /** {@code up}: as {@link #remove}, and an error together with COMPOSE_IGNORE_ORPHANS. */
    static boolean removeOnUp(Boolean flag, CliContext context) {
        boolean remove = remove(flag, context);
        if (remove && ignore(context)) {
            throw new CommandFailedException("cannot combine COMPOSE_IGNORE_ORPHANS and --remove-orphans");
        }
        return remove;
    }

    /** COMPOSE_IGNORE_ORPHANS: orphans are not warned about. */
    static boolean ignore(CliContext context) {
        return ComposeVariables.isTrue(context.environment().get("COMPOSE_IGNORE_ORPHANS"));
    }
}
