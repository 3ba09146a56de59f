package dev.jcompose.app;

import dev.jcompose.engine.ContainerSummary;
import dev.jcompose.engine.MountInfo;
import dev.jcompose.engine.MountType;
import dev.jcompose.engine.PublishedPort;
import dev.jcompose.state.Labels;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** {@code ps}: the project's containers as rows, sorted by service then replica number. */
public final class ContainerListing {

    /**
     * One container as {@code ps} shows it. {@code ports} is Docker's own notation, e.g. {@code 127.0.0.1:8080->80/tcp}.
     * {@code role} is {@code front} for a service's front proxy, {@code retired} for a replica kept for rollback,
     * else empty. The rest is what {@code ps --format} can name beyond these: {@code mounts} are the volumes' names
     * and the other mounts' sources, {@code localVolumes} how many of them are volumes, {@code publishers} its ports
     * in the order of their container port.
     */
    public record Row(String id, String name, String image, String service, Instant created, String state,
                      String status, String health, Integer exitCode, String ports, int number, String command,
                      String role, Map<String, String> labels, List<String> mounts, int localVolumes,
                      List<String> networks, List<Publisher> publishers) {
        public boolean isFront() {
            return role.equals(Labels.ROLE_FRONT);
        }

        public boolean isRetired() {
            return role.equals("retired");
        }
    }

    /** A port as Docker Compose's {@code ps} lists it; {@code publishedPort} 0 = not published. */
    public record Publisher(String url, int targetPort, int publishedPort, String protocol) {
    }

    private final StackContext ctx;

    public ContainerListing(StackContext ctx) {
        this.ctx = ctx;
    }

    /** What {@code ps} shows without {@code -a}, as {@code docker ps} and Docker Compose do. */
    public static final Set<String> RUNNING = Set.of("running", "restarting", "paused");

    /**
     * @param all      include stopped containers (otherwise those the engine counts as running: {@link #RUNNING})
     * @param services only these services; empty = all
     * @param states   only these states (running, exited, ...); empty = any
     */
    public List<Row> list(String project, boolean all, Set<String> services, Set<String> states) {
        List<Row> rows = new ArrayList<>();
        for (ContainerSummary c : ctx.engine().listContainers(Map.of(Labels.PROJECT, project))) {
            String service = c.labels().getOrDefault(Labels.SERVICE, "");
            // one-off (run) containers show only with --all, as in Docker Compose
            if (!all && "True".equalsIgnoreCase(c.labels().get(Labels.ONEOFF))) continue;
            if (!services.isEmpty() && !services.contains(service)) continue;
            if (!states.isEmpty() ? !states.contains(c.state()) : !all && !RUNNING.contains(c.state())) continue;
            rows.add(new Row(c.id(), c.name(), c.image(), service, c.created(), c.state(), c.status(), c.health(),
                    c.exitCode(), ports(c.ports()), number(c.labels().get(Labels.CONTAINER_NUMBER)), c.command(),
                    role(c), c.labels(), mounts(c.mounts()),
                    (int) c.mounts().stream().filter(m -> m.type() == MountType.VOLUME).count(), c.networks(),
                    publishers(c.ports())));
        }
        rows.sort(Comparator.comparing(Row::service).thenComparingInt(Row::number).thenComparing(Row::name));
        return rows;
    }

    private static String role(ContainerSummary c) {
        if (Labels.ROLE_FRONT.equals(c.labels().get(Labels.JCOMPOSE_ROLE))) return Labels.ROLE_FRONT;
        String name = c.name() != null && c.name().startsWith("/") ? c.name().substring(1) : c.name();
        return name != null && name.endsWith(Labels.RETIRED_SUFFIX) ? "retired" : "";
    }

    private static List<String> mounts(List<MountInfo> mounts) {
        return mounts.stream().map(m -> m.name() != null && !m.name().isEmpty() ? m.name()
                : m.source() == null ? "" : m.source()).toList();
    }

    private static List<Publisher> publishers(List<PublishedPort> ports) {
        return ports.stream().sorted(Comparator.comparingInt(PublishedPort::containerPort))
                .map(p -> new Publisher(p.hostIp() == null ? "" : p.hostIp(), p.containerPort(),
                        p.isPublished() ? p.hostPort() : 0, p.protocol())).toList();
    }

    static String ports(List<PublishedPort> ports) {
        Set<String> out = new TreeSet<>();
        for (PublishedPort p : ports) {
            String target = p.containerPort() + "/" + p.protocol();
            if (!p.isPublished()) {
                out.add(target);
            } else {
                String ip = p.hostIp() == null || p.hostIp().isEmpty() ? "0.0.0.0" : p.hostIp();
                out.add((ip.contains(":") ? "[" + ip + "]" : ip) + ":" + p.hostPort() + "->" + target);
            }
        }
        return String.join(", ", out);
    }

    private static int number(String label) {
        try {
            return label == null ? 0 : Integer.parseInt(label);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
