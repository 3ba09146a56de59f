package dev.jcompose.exec;

import dev.jcompose.engine.ContainerEngine;
import dev.jcompose.engine.NotFoundException;
import dev.jcompose.plan.Op;

/**
 * Runs one op: one engine call (or one wait), nothing decided here. Removing or stopping what is already gone
 * succeeds, since the plan's goal is then met.
 */
final class OpRunner {
    private final ContainerEngine engine;
    private final ImageOps images;
    private final ConditionWaiter waiter;

    private final FrontSwitcher fronts;
    private final RolloutRunner rollouts;

    OpRunner(ContainerEngine engine, dev.jcompose.progress.ProgressListener listener) {
        this.engine = engine;
        this.images = new ImageOps(engine);
        this.waiter = new ConditionWaiter(engine);
        this.fronts = new FrontSwitcher(engine);
        this.rollouts = new RolloutRunner(engine, listener);
    }

    /**
     * @return the past-tense word progress shows when the op is done
     * @throws dev.jcompose.engine.EngineException when the engine refuses; its message says what, on what and why
     */
    String run(Op op, OpProgress progress) throws OpFailedException, InterruptedException {
        if (op instanceof Op.CreateNetwork o) {
            engine.createNetwork(o.spec());
            return "Created";
        }
        if (op instanceof Op.CreateVolume o) {
            engine.createVolume(o.spec());
            return "Created";
        }
        if (op instanceof Op.PullImage o) {
            images.pull(o, progress);
            return "Pulled";
        }
        if (op instanceof Op.BuildImage o) {
            images.build(o, progress);
            return "Built";
        }
        if (op instanceof Op.CreateContainer o) {
            engine.createContainerReporting(o.spec()).warnings().forEach(progress::warning);
            return o.replaces() == null ? "Created" : "Recreated";
        }
        if (op instanceof Op.StartContainer o) {
            engine.startContainer(o.name());
            return "Started";
        }
        if (op instanceof Op.AwaitCondition o) {
            return waiter.await(o);
        }
        if (op instanceof Op.StopContainer o) {
            return unlessGone(() -> engine.stopContainer(o.name(), o.timeout()), "Stopped");
        }
        if (op instanceof Op.RemoveContainer o) {
            return unlessGone(() -> engine.removeContainer(o.name(), o.force(), o.removeAnonymousVolumes()), "Removed");
        }
        if (op instanceof Op.RenameContainer o) {
            engine.renameContainer(o.name(), o.newName());
            return "Renamed";
        }
        if (op instanceof Op.RemoveNetwork o) {
            return unlessGone(() -> engine.removeNetwork(o.name()), "Removed");
        }
        if (op instanceof Op.RemoveVolume o) {
            return unlessGone(() -> engine.removeVolume(o.name(), false), "Removed");
        }
        if (op instanceof Op.RemoveImage o) {
            return unlessGone(() -> engine.removeImage(o.image(), false), "Removed");
        }
        if (op instanceof Op.KillContainer o) {
            try {
                engine.killContainer(o.name(), o.signal());
            } catch (dev.jcompose.engine.ConflictException e) {
                // It stopped between the listing and the signal (Docker 28 lists a container that has just exited as
                // running for a moment): nothing is left to signal.
                if (e.engineMessage() == null || !e.engineMessage().contains("is not running")) throw e;
                return "Exited";
            }
            return "Killed";
        }
        if (op instanceof Op.PauseContainer o) {
            engine.pauseContainer(o.name());
            return "Paused";
        }
        if (op instanceof Op.UnpauseContainer o) {
            engine.unpauseContainer(o.name());
            return "Unpaused";
        }
        if (op instanceof Op.PushImage o) {
            images.push(o, progress);
            return "Pushed";
        }
        if (op instanceof Op.SwitchFront o) {
            return fronts.switchTo(o, progress);
        }
        if (op instanceof Op.Monitor o) {
            return new ReplicaMonitor(engine).watch(o);
        }
        if (op instanceof Op.RetireContainer o) {
            return Renames.retire(engine, o);
        }
        if (op instanceof Op.UnretireContainer o) {
            return Renames.unretire(engine, o);
        }
        if (op instanceof Op.Rollout o) {
            return rollouts.run(o, progress);
        }
        throw new IllegalArgumentException("no runner for " + op.getClass().getSimpleName());
    }

    private static String unlessGone(Runnable call, String pastTense) {
        try {
            call.run();
        } catch (NotFoundException e) {
            // already gone: the goal is met
        }
        return pastTense;
    }
}
