package dev.jcompose.plan;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A DAG of ops: each op runs once every op it waits for has succeeded. Ops are kept in a deterministic order
 * (the planner's), which is also a valid sequential order.
 */
public final class Plan {

    private final List<Op> ops;
    private final Map<String, Set<String>> waitsFor;

    private Plan(List<Op> ops, Map<String, Set<String>> waitsFor) {
        this.ops = List.copyOf(ops);
        this.waitsFor = waitsFor;
    }

    public static Builder builder() {
        return new Builder();
    }

    public static Plan empty() {
        return new Plan(List.of(), Map.of());
    }

    public List<Op> ops() {
        return ops;
    }

    public boolean isEmpty() {
        return ops.isEmpty();
    }

    /** The ids of the ops {@code op} waits for (empty when it can start at once). */
    public Set<String> waitsFor(Op op) {
        return waitsFor.getOrDefault(op.id(), Set.of());
    }

    /** One line per op in plan order: {@code action resource (cause)} and what it waits for, for --dry-run. */
    public String render() {
        StringBuilder b = new StringBuilder();
        for (Op op : ops) {
            b.append(op.action()).append(' ').append(op.resource()).append(" (").append(op.cause()).append(')');
            Set<String> deps = waitsFor(op);
            if (!deps.isEmpty()) b.append(" after ").append(String.join(", ", deps));
            b.append('\n');
        }
        return b.toString();
    }

    @Override
    public String toString() {
        return render();
    }

    public static final class Builder {
        private final List<Op> ops = new ArrayList<>();
        private final Map<String, Op> byId = new LinkedHashMap<>();
        private final Map<String, Set<String>> waitsFor = new LinkedHashMap<>();

        /** Adds {@code op} (once: adding the same id again is ignored) after the ops in {@code after}. */
        public Builder add(Op op, Op... after) {
            if (!byId.containsKey(op.id())) {
                byId.put(op.id(), op);
                ops.add(op);
            }
            for (Op a : after) {
                if (a != null) after(op, a);
            }
            return this;
        }

        /** Makes {@code op} wait for {@code first}; both must be in the plan. */
        public Builder after(Op op, Op first) {
            if (!byId.containsKey(first.id()) || !byId.containsKey(op.id())) {
                throw new IllegalArgumentException("both ops must be added first: " + first.id() + " -> " + op.id());
            }
            waitsFor.computeIfAbsent(op.id(), k -> new LinkedHashSet<>()).add(first.id());
            return this;
        }

        public boolean contains(String id) {
            return byId.containsKey(id);
        }

        public Op get(String id) {
            return byId.get(id);
        }

        public Plan build() {
            Map<String, Set<String>> frozen = new LinkedHashMap<>();
            waitsFor.forEach((k, v) -> frozen.put(k, Collections.unmodifiableSet(new LinkedHashSet<>(v))));
            return new Plan(ops, Collections.unmodifiableMap(frozen));
        }
    }
}
