package dev.jcompose.app;

import dev.jcompose.engine.ContainerSummary;
import dev.jcompose.engine.PublishedPort;

import dev.jcompose.state.Labels;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** {@code port}: where a container port of a service is published on the host (behind a front: the front's). */
public final class PortLookup {

    private final StackContext ctx;

    public PortLookup(StackContext ctx) {
        this.ctx = ctx;
    }

    /**
     * {@code host_ip:host_port} of the service's (running) container {@code index} (0 = the first) for
     * {@code privatePort/protocol}, as Docker Compose prints it.
     */
    public String lookup(String project, String service, int privatePort, String protocol, int index) {
        // A service behind a front publishes through the front.
        ContainerSummary c = ctx.engine().listContainers(Map.of(Labels.PROJECT, project, Labels.SERVICE, service,
                        Labels.JCOMPOSE_ROLE, Labels.ROLE_FRONT)).stream().findFirst()
                .orElseGet(() -> ServiceContainers.pick(ctx.engine(), project, service, index, true, false));
        for (PublishedPort p : c.ports()) {
            if (p.containerPort() == privatePort && p.protocol().equalsIgnoreCase(protocol)) {
                return (p.hostIp() == null ? "" : p.hostIp()) + ":" + p.hostPort();
            }
        }
        List<String> ports = new ArrayList<>();
        for (PublishedPort p : c.ports()) ports.add(p.hostPort() + "/" + p.protocol());
        throw new StackFailure("no port " + privatePort + "/" + protocol + " for container "
                + ServiceContainers.name(c) + ": " + String.join(", ", ports), List.of());
    }
}
