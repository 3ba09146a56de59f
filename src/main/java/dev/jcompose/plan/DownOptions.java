package dev.jcompose.plan;

import java.time.Duration;

/**
 * How {@code down} tears a project down.
 *
 * @param volumes also remove the project's named volumes and the containers' anonymous volumes
 * @param timeout null = each service's stop_grace_period, else 10 s
 */
public record DownOptions(boolean removeOrphans, boolean volumes, Rmi rmi, Duration timeout) {

    public enum Rmi { NONE, LOCAL, ALL }

    public DownOptions {
        rmi = rmi == null ? Rmi.NONE : rmi;
    }

    public static DownOptions defaults() {
        return new DownOptions(false, false, Rmi.NONE, null);
    }
}
