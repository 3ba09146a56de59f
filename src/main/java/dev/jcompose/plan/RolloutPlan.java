package dev.jcompose.plan;

import java.util.List;

/**
 * How one fronted service goes from the replicas it has to the ones it should have, without a failed request.
 * {@code prepare} clears away dead replicas and makes sure the front runs and routes to the replicas that serve now;
 * then each batch brings up its new replicas, switches the front to them and retires the replicas they replace;
 * {@code finish}, run only when the rollout was neither undone nor paused, removes replicas beyond the wanted count;
 * {@code removeOlder}, run after it only when a batch worked, removes the retired generation older than the one this
 * rollout retires. Each batch comes with the plan that undoes it, whether it failed half-way or completed: every op
 * in it is safe to run when its goal is already met.
 *
 * @param generation    the generation the new replicas carry
 * @param servingBefore the replicas the front routes to before the first batch
 * @param finalRoutes   the replicas the front routes to at the end
 * @param backwards     a {@code rollback}: the retired generation serves again
 */
public record RolloutPlan(String service, String front, int generation, UpdatePolicy update, UpdatePolicy rollback,
                          Plan prepare, List<Batch> batches, Plan finish, Plan removeOlder, List<String> servingBefore,
                          List<String> finalRoutes, boolean backwards) {

    public RolloutPlan {
        batches = List.copyOf(batches);
        servingBefore = List.copyOf(servingBefore);
        finalRoutes = List.copyOf(finalRoutes);
    }

    /**
     * @param added    the replicas the batch brings up
     * @param replaced the replicas it retires
     * @param forward  brings the new replicas up and switches the front to them
     * @param settle   stops and retires what {@code forward} switched away from; it may overlap the next batch
     */
    public record Batch(int number, List<String> added, List<String> replaced, Plan forward, Plan settle,
                        Plan revert) {
        public Batch {
            added = List.copyOf(added);
            replaced = List.copyOf(replaced);
        }
    }

    public boolean isEmpty() {
        return prepare.isEmpty() && batches.isEmpty() && finish.isEmpty() && removeOlder.isEmpty();
    }

    /** The replicas brought up over all batches: what {@code max_failure_ratio} is a share of. */
    public int replacements() {
        return batches.stream().mapToInt(b -> b.added().size()).sum();
    }

    /** One line for the plan: what is replaced, in how many batches, in which order. */
    public String summary() {
        long replacing = batches.stream().mapToLong(b -> b.replaced().size()).sum();
        String order = update.order() == UpdatePolicy.Order.START_FIRST ? "start-first" : "stop-first";
        return replacements() + " new, " + replacing + " replaced in " + batches.size()
                + (batches.size() == 1 ? " batch" : " batches") + ", " + order;
    }

    /** Every step, batch by batch, for {@code --dry-run}. */
    public String render() {
        StringBuilder b = new StringBuilder();
        if (!prepare.isEmpty()) b.append(indent("prepare", prepare));
        for (Batch batch : batches) {
            b.append(indent("batch " + batch.number(), batch.forward()));
            if (!batch.settle().isEmpty()) b.append(indent("after batch " + batch.number(), batch.settle()));
        }
        if (!finish.isEmpty()) b.append(indent("finish", finish));
        if (!removeOlder.isEmpty()) b.append(indent("once a batch worked", removeOlder));
        return b.toString();
    }

    private static String indent(String title, Plan plan) {
        StringBuilder b = new StringBuilder("  ").append(title).append(":\n");
        plan.render().lines().forEach(l -> b.append("    ").append(l).append('\n'));
        return b.toString();
    }
}
