package dev.jcompose.plan;

import java.util.List;

/**
 * One engine operation of a plan. Every op says what it acts on and why it is there, so that
 * {@code up --dry-run} can print the plan and progress can name what is happening.
 */
public sealed interface Op permits Op.CreateNetwork, Op.CreateVolume, Op.PullImage, Op.BuildImage, Op.CreateContainer,
        Op.StartContainer, Op.AwaitCondition, Op.StopContainer, Op.RemoveContainer, Op.RenameContainer,
        Op.RemoveNetwork, Op.RemoveVolume, Op.RemoveImage, Op.KillContainer, Op.PauseContainer,
        Op.UnpauseContainer, Op.PushImage, Op.SwitchFront, Op.Monitor, Op.RetireContainer, Op.UnretireContainer,
        Op.Rollout {

    /** Unique within a plan, stable across runs for the same inputs, e.g. {@code container:demo-web-1:create}. */
    String id();

    /** What progress shows, as Docker Compose names it: {@code Container demo-web-1}, {@code Network demo_default}. */
    String resource();

    /** Why the op is in the plan: "new service", "image changed", "environment.FOO changed", "orphan", "scale 3 → 1". */
    String cause();

    /** The verb progress shows while the op runs ("Creating", "Starting", "Waiting", "Stopping", "Removing", ...). */
    String action();

    record CreateNetwork(String name, dev.jcompose.engine.NetworkSpec spec, String cause) implements Op {
        public String id() { return "network:" + name + ":create"; }
        public String resource() { return "Network " + name; }
        public String action() { return "Creating"; }
    }

    record CreateVolume(String name, dev.jcompose.engine.VolumeSpec spec, String cause) implements Op {
        public String id() { return "volume:" + name + ":create"; }
        public String resource() { return "Volume \"" + name + "\""; }
        public String action() { return "Creating"; }
    }

    /**
     * Pulls {@code image}. {@code fallbackToBuild}: the image can be built instead, so a failed pull is a warning
     * (Docker Compose then builds it).
     */
    record PullImage(String service, String image, String cause, boolean fallbackToBuild) implements Op {
        public PullImage(String service, String image, String cause) {
            this(service, image, cause, false);
        }

        public String id() { return "image:" + image + ":pull"; }
        public String resource() { return service + " Image " + image; }
        public String action() { return "Pulling"; }
    }

    /**
     * Builds {@code tag} from a context directory on the machine jcompose runs on. {@code spec.dockerfile()} is the
     * Dockerfile's path as the compose file gives it (relative to the context, or absolute); {@code dockerfileInline}
     * the Dockerfile's text when the compose file holds it instead (null otherwise).
     */
    record BuildImage(String service, String tag, java.nio.file.Path context, dev.jcompose.engine.BuildSpec spec,
                      String cause, String dockerfileInline) implements Op {
        public BuildImage(String service, String tag, java.nio.file.Path context, dev.jcompose.engine.BuildSpec spec,
                          String cause) {
            this(service, tag, context, spec, cause, null);
        }

        public String id() { return "image:" + tag + ":build"; }
        public String resource() { return "Service " + service; }
        public String action() { return "Building"; }
    }

    /**
     * {@code replaces}: for a recreate, the name the new container takes once the old one is gone (it is created
     * under a temporary name while the old one still runs, as Docker Compose does); null for a new container.
     */
    record CreateContainer(String service, int number, dev.jcompose.engine.ContainerSpec spec, String cause,
                           String replaces) implements Op {
        public CreateContainer(String service, int number, dev.jcompose.engine.ContainerSpec spec, String cause) {
            this(service, number, spec, cause, null);
        }
        public String id() { return "container:" + spec.name() + ":create"; }
        public String resource() { return "Container " + (replaces == null ? spec.name() : replaces); }
        public String action() { return replaces == null ? "Creating" : "Recreating"; }
        public String name() { return spec.name(); }
    }

    record StartContainer(String service, String name, String cause) implements Op {
        public String id() { return "container:" + name + ":start"; }
        public String resource() { return "Container " + name; }
        public String action() { return "Starting"; }
    }

    /**
     * Waits until a container of {@code service} meets a {@code depends_on} condition; the ops of the services that
     * depend on it come after. {@code required=false} makes a failure a warning, not a stop.
     */
    record AwaitCondition(String service, String name, Condition condition, boolean required, String cause)
            implements Op {
        public String id() { return "container:" + name + ":await-" + condition.id(); }
        public String resource() { return "Container " + name; }
        public String action() { return "Waiting"; }
    }

    record StopContainer(String service, String name, java.time.Duration timeout, String cause) implements Op {
        public String id() { return "container:" + name + ":stop"; }
        public String resource() { return "Container " + name; }
        public String action() { return "Stopping"; }
    }

    /** {@code force} removes it even when it runs (a replica a crashed jcompose was starting, say). */
    record RemoveContainer(String service, String name, boolean removeAnonymousVolumes, boolean force, String cause)
            implements Op {
        public RemoveContainer(String service, String name, boolean removeAnonymousVolumes, String cause) {
            this(service, name, removeAnonymousVolumes, false, cause);
        }

        public String id() { return "container:" + name + ":remove"; }
        public String resource() { return "Container " + name; }
        public String action() { return "Removing"; }
    }

    /** Gives a container made under a temporary name (see {@link CreateContainer#replaces}) its final name. */
    record RenameContainer(String service, String name, String newName, String cause) implements Op {
        public String id() { return "container:" + name + ":rename"; }
        public String resource() { return "Container " + newName; }
        public String action() { return "Renaming"; }
    }

    record RemoveNetwork(String name, String cause) implements Op {
        public String id() { return "network:" + name + ":remove"; }
        public String resource() { return "Network " + name; }
        public String action() { return "Removing"; }
    }

    record RemoveVolume(String name, String cause) implements Op {
        public String id() { return "volume:" + name + ":remove"; }
        public String resource() { return "Volume " + name; }
        public String action() { return "Removing"; }
    }

    record RemoveImage(String image, String cause) implements Op {
        public String id() { return "image:" + image + ":remove"; }
        public String resource() { return "Image " + image; }
        public String action() { return "Removing"; }
    }

    // --- exec-run ---

    /** Sends {@code signal} to a running container ({@code kill}). */
    record KillContainer(String service, String name, String signal, String cause) implements Op {
        public String id() { return "container:" + name + ":kill"; }
        public String resource() { return "Container " + name; }
        public String action() { return "Killing"; }
    }

    record PauseContainer(String service, String name, String cause) implements Op {
        public String id() { return "container:" + name + ":pause"; }
        public String resource() { return "Container " + name; }
        public String action() { return "Pausing"; }
    }

    record UnpauseContainer(String service, String name, String cause) implements Op {
        public String id() { return "container:" + name + ":unpause"; }
        public String resource() { return "Container " + name; }
        public String action() { return "Unpausing"; }
    }

    // --- build-pull ---

    record PushImage(String service, String image, String cause) implements Op {
        public String id() { return "image:" + image + ":push"; }
        public String resource() { return "Image " + image; }
        public String action() { return "Pushing"; }
    }

    // --- rollout ---

    /**
     * Changes what a service's front routes to: exactly {@code add} when {@code exact}, else its current replicas
     * plus {@code add} minus {@code remove} (so that a batch's switch, and its undoing, hold whatever the batches
     * before it did). Writes the configuration, starts the front when it is not running, else reloads it and waits
     * until the old worker processes, and with them the requests they were serving, are gone (at most the drain
     * timeout).
     */
    record SwitchFront(String service, String front, FrontConfig config, List<String> add, List<String> remove,
                       boolean exact, int generation, String cause) implements Op {
        public SwitchFront {
            add = List.copyOf(add);
            remove = List.copyOf(remove);
        }

        public static SwitchFront exactly(String service, String front, FrontConfig config, List<String> routes,
                                          int generation, String cause) {
            return new SwitchFront(service, front, config, routes, List.of(), true, generation, cause);
        }

        public static SwitchFront change(String service, String front, FrontConfig config, List<String> add,
                                         List<String> remove, int generation, String cause) {
            return new SwitchFront(service, front, config, add, remove, false, generation, cause);
        }

        /** The routes after the switch, given those before it. */
        public List<String> applyTo(List<String> current) {
            if (exact) return add;
            List<String> out = new java.util.ArrayList<>(current);
            out.removeAll(remove);
            add.stream().filter(a -> !out.contains(a)).forEach(out::add);
            return out.stream().sorted().toList();
        }

        public String id() {
            String what = exact ? String.join(",", add) : (add.isEmpty() ? "" : "+" + String.join(",+", add))
                    + (add.isEmpty() || remove.isEmpty() ? "" : ",") + (remove.isEmpty() ? "" : "-" + String.join(",-", remove));
            return "front:" + front + ":switch:" + what;
        }

        public String resource() { return "Front " + front; }
        public String action() { return "Switching"; }
    }

    /** A new replica must keep running (and, with a healthcheck, not turn unhealthy) for {@code duration}. */
    record Monitor(String service, String name, java.time.Duration duration, String cause) implements Op {
        public String id() { return "container:" + name + ":monitor"; }
        public String resource() { return "Container " + name; }
        public String action() { return "Monitoring"; }
    }

    /** Renames a stopped, replaced replica to its retired name, keeping it for {@code rollback}. */
    record RetireContainer(String service, String name, String retiredName, String cause) implements Op {
        public String id() { return "container:" + name + ":retire"; }
        public String resource() { return "Container " + name; }
        public String action() { return "Retiring"; }
    }

    /** Gives a retired replica its serving name back; nothing to do when it has it already. */
    record UnretireContainer(String service, String retiredName, String name, String cause) implements Op {
        public String id() { return "container:" + name + ":unretire"; }
        public String resource() { return "Container " + name; }
        public String action() { return "Restoring"; }
    }

    /** Replaces a fronted service's replicas batch by batch, as {@code plan} says; see {@link RolloutPlan}. */
    record Rollout(String service, RolloutPlan plan, String cause) implements Op {
        public String id() { return "service:" + service + ":rollout"; }
        public String resource() { return "Service " + service; }
        public String action() { return "Rolling out"; }
    }

    /** The {@code depends_on} conditions. */
    enum Condition {
        STARTED("started"), HEALTHY("healthy"), COMPLETED_SUCCESSFULLY("completed"),
        /** Healthy when the container has a healthcheck, else started. */
        READY("ready");

        private final String id;

        Condition(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }
    }
}
