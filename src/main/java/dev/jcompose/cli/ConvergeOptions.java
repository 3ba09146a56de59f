package dev.jcompose.cli;

import dev.jcompose.plan.PlanOptions;
import picocli.CommandLine.Option;

/** The options {@code up} and {@code create} share: how images are built or pulled and containers recreated. */
final class ConvergeOptions {

    @Option(names = "--build", description = "Build images before starting containers")
    boolean build;

    @Option(names = "--no-build", description = "Don't build an image, even if it's missing")
    boolean noBuild;

    @Option(names = "--pull", paramLabel = "POLICY", description = "Pull image before running (always|missing|never|build); "
            + "without it each service's pull_policy")
    PlanOptions.Pull pull;

    @Option(names = "--force-recreate", description = "Recreate containers even if their configuration hasn't changed")
    boolean forceRecreate;

    @Option(names = "--no-recreate", description = "If containers already exist, don't recreate them")
    boolean noRecreate;

    @Option(names = {"-y", "--yes"}, description = "Assume \"yes\" as answer to all prompts and run non-interactively")
    boolean yes; // accepted for Docker Compose's scripts: up and create never ask

    @Option(names = "--remove-orphans", description = "Remove containers for services not defined in the Compose file")
    Boolean removeOrphans;

    /** @throws CommandFailedException for contradicting options */
    PlanOptions applyTo(PlanOptions options) {
        if (forceRecreate && noRecreate) throw new CommandFailedException("--force-recreate and --no-recreate are incompatible");
        if (build && noBuild) throw new CommandFailedException("--build and --no-build are incompatible");
        PlanOptions o = options.withRemoveOrphans(Boolean.TRUE.equals(removeOrphans));
        if (forceRecreate) o = o.withRecreate(PlanOptions.Recreate.FORCE);
        if (noRecreate) o = o.withRecreate(PlanOptions.Recreate.NEVER);
        if (build) o = o.withBuild(PlanOptions.Build.ALWAYS);
        if (noBuild) o = o.withBuild(PlanOptions.Build.NEVER);
        if (pull != null) o = o.withPull(pull);
        return o;
    }
}
