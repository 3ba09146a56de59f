package dev.jcompose.app;

import dev.jcompose.engine.ContainerEngine;
import dev.jcompose.engine.ContainerSummary;
import dev.jcompose.state.Labels;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The containers of one service as Docker Compose picks them for {@code exec}, {@code port} and {@code cp}:
 * sorted by replica number with one-off ({@code run}) containers last; {@code --index N} means replica N.
 */
public final class ServiceContainers {

    private ServiceContainers() {
    }

    /**
     * @param withOneOff     include {@code run} containers
     * @param includeStopped include containers that are not running (else running, paused and restarting ones)
     */
    public static List<ContainerSummary> of(ContainerEngine engine, String project, String service,
                                            boolean withOneOff, boolean includeStopped) {
        List<ContainerSummary> out = new ArrayList<>();
        for (ContainerSummary c : engine.listContainers(Map.of(Labels.PROJECT, project, Labels.SERVICE, service))) {
            if (!withOneOff && isOneOff(c)) continue;
            // a service's front proxy and the replicas a rollout retired are not the service's containers here
            if (Labels.ROLE_FRONT.equals(c.labels().get(Labels.JCOMPOSE_ROLE))) continue;
            if (c.name() != null && c.name().endsWith(Labels.RETIRED_SUFFIX)) continue;
            if (!includeStopped && !isUp(c)) continue;
            out.add(c);
        }
        out.sort(Comparator.comparing(ServiceContainers::isOneOff).thenComparingInt(ServiceContainers::number)
                .thenComparing(ContainerSummary::name));
        return out;
    }

    /**
     * The one container a command acts on: replica {@code index} when it is above 0, else the first.
     *
     * @throws StackFailure {@code service "web" is not running} (or {@code ... container #2}), as Docker Compose says
     */
    public static ContainerSummary pick(ContainerEngine engine, String project, String service, int index,
                                        boolean withOneOff, boolean includeStopped) {
        for (ContainerSummary c : of(engine, project, service, withOneOff, includeStopped)) {
            if (index <= 0 || number(c) == index) return c;
        }
        throw new StackFailure(index > 0 ? "service \"" + service + "\" is not running container #" + index
                : "service \"" + service + "\" is not running", List.of());
    }

    static boolean isOneOff(ContainerSummary c) {
        return Labels.TRUE.equalsIgnoreCase(c.labels().get(Labels.ONEOFF));
    }

    /** What the engine lists without "all": running, paused and restarting containers. */
    static boolean isUp(ContainerSummary c) {
        return "running".equals(c.state()) || "paused".equals(c.state()) || "restarting".equals(c.state());
    }

    static int number(ContainerSummary c) {
        try {
            String label = c.labels().get(Labels.CONTAINER_NUMBER);
            return label == null ? Integer.MAX_VALUE : Integer.parseInt(label.trim());
        } catch (NumberFormatException e) {
            return Integer.MAX_VALUE;
        }
    }

    /** The name without the engine's leading slash. */
    static String name(ContainerSummary c) {
        return c.name() != null && c.name().startsWith("/") ? c.name().substring(1) : c.name();
    }
}
