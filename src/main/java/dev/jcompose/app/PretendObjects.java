package dev.jcompose.app;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The networks, volumes or images a dry run pretended to make or remove, so that a later read in the same command
 * sees them so. An object answers to each of its references (id, name, tags).
 */
final class PretendObjects<T> {

    private final Function<T, List<String>> references;
    private final Function<T, Map<String, String>> labels;
    private final Map<String, T> made = new LinkedHashMap<>();
    private final Set<String> removed = new HashSet<>();

    PretendObjects(Function<T, List<String>> references, Function<T, Map<String, String>> labels) {
        this.references = references;
        this.labels = labels;
    }

    synchronized void make(T object) {
        for (String r : references.apply(object)) {
            made.put(r, object);
            removed.remove(r);
        }
    }

    /** Forgets a made object, or hides a real one ({@code real}) from later reads. */
    synchronized void remove(String reference, T real) {
        T object = made.get(reference);
        if (object != null) {
            made.values().removeIf(o -> o == object);
        } else {
            removed.addAll(references.apply(real));
        }
    }

    /** What the dry run made under this reference, nothing when it removed it, else what {@code engine} has. */
    Optional<T> find(String reference, Function<String, Optional<T>> engine) {
        synchronized (this) {
            if (removed.contains(reference)) return Optional.empty();
            T object = made.get(reference);
            if (object != null) return Optional.of(object);
        }
        return engine.apply(reference);
    }

    synchronized Optional<T> made(String reference) {
        return Optional.ofNullable(made.get(reference));
    }

    synchronized boolean isRemoved(String reference) {
        return removed.contains(reference);
    }

    /** The engine's list with the pretence applied: removed ones left out, made ones matching the filter added. */
    synchronized List<T> list(List<T> real, Map<String, String> labelFilter) {
        List<T> out = new ArrayList<>();
        for (T o : real) {
            if (references.apply(o).stream().noneMatch(removed::contains)) out.add(o);
        }
        made.values().stream().distinct()
                .filter(o -> LabelMatch.matches(labels.apply(o), labelFilter))
                .forEach(out::add);
        return out;
    }
}
