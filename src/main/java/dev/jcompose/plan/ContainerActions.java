package dev.jcompose.plan;

import dev.jcompose.model.Project;
import dev.jcompose.state.ObservedContainer;
import dev.jcompose.state.ObservedProject;

import java.util.Set;

/**
 * Plans of one action per container, all independent: {@code kill}, {@code pause}, {@code unpause}. Which
 * containers each takes follows Docker Compose.
 */
public final class ContainerActions {

    private ContainerActions() {
    }

    /**
     * Kills the running containers of {@code services} (empty = all), one-off ones included. Without
     * {@code removeOrphans}, only containers of services the project defines (all of them when the files are gone).
     */
    public static Plan kill(Project project, ObservedProject observed, Set<String> services, String signal,
                            boolean removeOrphans) {
        Plan.Builder plan = Plan.builder();
        for (ObservedContainer c : observed.containers()) {
            if (!c.isRunning() || !selected(c, services)) continue;
            if (!removeOrphans && project != null && !project.services().containsKey(c.service())) continue;
            plan.add(new Op.KillContainer(c.service(), c.name(), signal, "kill"));
        }
        return plan.build();
    }

    /** Pauses the running (not yet paused) service containers of {@code services} (empty = all). */
    public static Plan pause(ObservedProject observed, Set<String> services) {
        Plan.Builder plan = Plan.builder();
        for (ObservedContainer c : observed.containers()) {
            if (c.oneoff() || !"running".equals(c.state()) || !selected(c, services)) continue;
            plan.add(new Op.PauseContainer(c.service(), c.name(), "pause"));
        }
        return plan.build();
    }

    /** Unpauses the paused service containers of {@code services} (empty = all). */
    public static Plan unpause(ObservedProject observed, Set<String> services) {
        Plan.Builder plan = Plan.builder();
        for (ObservedContainer c : observed.containers()) {
            if (c.oneoff() || !"paused".equals(c.state()) || !selected(c, services)) continue;
            plan.add(new Op.UnpauseContainer(c.service(), c.name(), "unpause"));
        }
        return plan.build();
    }

    private static boolean selected(ObservedContainer c, Set<String> services) {
        return services.isEmpty() || services.contains(c.service());
    }
}
