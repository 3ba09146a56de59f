package dev.jcompose.app;

import dev.jcompose.engine.ContainerDetails;
import dev.jcompose.engine.ContainerSpec;
import dev.jcompose.engine.ContainerState;
import dev.jcompose.engine.ContainerSummary;
import dev.jcompose.engine.NetworkAttachment;
import dev.jcompose.engine.NetworkAttachmentSpec;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The containers a dry run pretended to create, and what it pretended to do to real ones (start, stop, rename,
 * remove), so that a later read in the same command sees its own pretence rather than the engine's state. Real
 * containers are keyed by their id; made ones answer to their id and their name.
 */
final class PretendContainers {

    /** The states a pretended call leaves a container in, with the status words {@code ps} shows for them. */
    enum Status {
        CREATED("created", "Created"), RUNNING("running", "Up Less than a second"), PAUSED("paused", "Up (Paused)"),
        EXITED("exited", "Exited (%d) Less than a second ago");

        final String state;
        final String words;

        Status(String state, String words) {
            this.state = state;
            this.words = words;
        }

        String words(int exitCode) {
            return String.format(words, exitCode);
        }
    }

    /** A container only the dry run knows. */
    private static final class Made {
        final String id;
        final ContainerSpec spec;
        final Instant created = Instant.now();
        String name;
        Status status = Status.CREATED;
        int exitCode;
        Instant startedAt;

        Made(String id, ContainerSpec spec) {
            this.id = id;
            this.spec = spec;
            this.name = spec.name();
        }
    }

    /** A real container's pretended state (null = as the engine says) and name (null = its own). */
    private static final class Changed {
        Status status;
        int exitCode;
        String name;
    }

    private final Map<String, Made> made = new LinkedHashMap<>();
    private final Map<String, Changed> changed = new HashMap<>();
    private final Set<String> removed = new HashSet<>();

    synchronized void create(String id, ContainerSpec spec) {
        made.put(id, new Made(id, spec));
    }

    /** The made container with this id or name. */
    synchronized boolean isMade(String idOrName) {
        return find(idOrName).isPresent();
    }

    /** Whether this is a made container the engine would remove as it exits. */
    synchronized boolean autoRemoves(String idOrName) {
        return find(idOrName).map(m -> m.spec.autoRemove()).orElse(false);
    }

    synchronized boolean isRemoved(String id) {
        return removed.contains(id);
    }

    /** The name to report a call on a made container by, or empty when it is not one. */
    synchronized Optional<String> madeName(String idOrName) {
        return find(idOrName).map(m -> m.name);
    }

    /** Sets a made container's status; for a real one, {@code realId} is the id the engine knows it by. */
    synchronized void setStatus(String idOrName, String realId, Status status, int exitCode) {
        Optional<Made> m = find(idOrName);
        if (m.isPresent()) {
            if (status == Status.RUNNING && m.get().status != Status.RUNNING) m.get().startedAt = Instant.now();
            m.get().status = status;
            m.get().exitCode = exitCode;
            return;
        }
        Changed c = changed.computeIfAbsent(realId, k -> new Changed());
        c.status = status;
        c.exitCode = exitCode;
    }

    synchronized void rename(String idOrName, String realId, String newName) {
        Optional<Made> m = find(idOrName);
        if (m.isPresent()) m.get().name = newName;
        else changed.computeIfAbsent(realId, k -> new Changed()).name = newName;
    }

    synchronized void remove(String idOrName, String realId) {
        Optional<Made> m = find(idOrName);
        if (m.isPresent()) made.remove(m.get().id);
        else removed.add(realId);
    }

    /** A made container's status, or a real one's pretended status; empty when the engine's own holds. */
    synchronized Optional<Status> status(String idOrName, String realId) {
        Optional<Made> m = find(idOrName);
        if (m.isPresent()) return Optional.of(m.get().status);
        Changed c = changed.get(realId);
        return c == null ? Optional.empty() : Optional.ofNullable(c.status);
    }

    /** The engine's list with the pretence applied: removed ones left out, changed ones changed, made ones added. */
    synchronized List<ContainerSummary> list(List<ContainerSummary> real, Map<String, String> labelFilter) {
        List<ContainerSummary> out = new ArrayList<>();
        for (ContainerSummary s : real) {
            if (removed.contains(s.id())) continue;
            Changed c = changed.get(s.id());
            out.add(c == null ? s : changed(s, c));
        }
        for (Made m : made.values()) {
            if (LabelMatch.matches(m.spec.labels(), labelFilter)) out.add(summary(m));
        }
        return out;
    }

    /** A made container's details, or empty when it is not one. */
    synchronized Optional<ContainerDetails> details(String idOrName) {
        return find(idOrName).map(PretendContainers::details);
    }

    /** A real container's details with the pretence applied. */
    synchronized ContainerDetails details(ContainerDetails real) {
        Changed c = changed.get(real.id());
        if (c == null) return real;
        ContainerState state = c.status == null ? real.state() : state(c.status, c.exitCode,
                c.status == Status.RUNNING ? real.state().health() : null, real.state().startedAt());
        return new ContainerDetails(real.id(), c.name == null ? real.name() : c.name, real.image(), real.imageId(),
                real.created(), real.labels(), real.env(), real.cmd(), real.entrypoint(), real.workingDir(),
                real.user(), real.hostname(), real.mounts(), real.networks(), real.ports(), state,
                real.restartCount(), real.restartPolicy(), real.settings());
    }

    private Optional<Made> find(String idOrName) {
        String name = idOrName.startsWith("/") ? idOrName.substring(1) : idOrName;
        Made byId = made.get(name);
        if (byId != null) return Optional.of(byId);
        return made.values().stream().filter(m -> m.name.equals(name)).findFirst();
    }

    private static ContainerSummary changed(ContainerSummary s, Changed c) {
        String state = c.status == null ? s.state() : c.status.state;
        String status = c.status == null ? s.status() : c.status.words(c.exitCode);
        String health = c.status == null || c.status == Status.RUNNING ? s.health() : null;
        Integer exitCode = c.status == null ? s.exitCode() : Integer.valueOf(c.exitCode);
        return new ContainerSummary(s.id(), c.name == null ? s.name() : c.name, s.image(), s.imageId(), s.labels(),
                state, status, health, s.created(), exitCode, s.ports(), s.command(), s.mounts());
    }

    private static ContainerSummary summary(Made m) {
        return new ContainerSummary(m.id, m.name, m.spec.image(), null, m.spec.labels(), m.status.state,
                m.status.words(m.exitCode), health(m), m.created, m.exitCode, List.of(),
                String.join(" ", m.spec.cmd() == null ? List.of() : m.spec.cmd()), List.of());
    }

    private static ContainerDetails details(Made m) {
        ContainerSpec s = m.spec;
        List<String> env = new ArrayList<>();
        s.env().forEach((k, v) -> env.add(v == null ? k : k + "=" + v));
        Map<String, NetworkAttachment> networks = new LinkedHashMap<>();
        for (Map.Entry<String, NetworkAttachmentSpec> n : s.networks().entrySet()) {
            List<String> aliases = n.getValue() == null ? List.of() : n.getValue().aliases();
            networks.put(n.getKey(), new NetworkAttachment(aliases, null, null));
        }
        return new ContainerDetails(m.id, m.name, s.image(), null, m.created, s.labels(), env,
                s.cmd() == null ? List.of() : s.cmd(), s.entrypoint() == null ? List.of() : s.entrypoint(),
                s.workingDir(), s.user(), s.hostname(), List.of(), networks, List.of(),
                state(m.status, m.exitCode, health(m), m.startedAt), 0, s.restartPolicy().name());
    }

    private static ContainerState state(Status status, int exitCode, String health, Instant startedAt) {
        boolean running = status == Status.RUNNING || status == Status.PAUSED;
        return new ContainerState(status.state, running, exitCode, health, false, startedAt,
                status == Status.EXITED ? Instant.now() : null, "");
    }

    /** A running made container with a healthcheck is healthy: the answer that lets what waits on it go on. */
    private static String health(Made m) {
        var check = m.spec.healthcheck();
        boolean checked = check != null && !check.test().isEmpty() && !check.test().get(0).equals("NONE");
        return checked && m.status == Status.RUNNING ? "healthy" : null;
    }
}
