package dev.jcompose.app;

import dev.jcompose.engine.ContainerSummary;
import dev.jcompose.engine.ProcessList;
import dev.jcompose.state.Labels;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code top}: the processes of the project's running containers, one-off ones included. */
public final class Processes {

    /** @param replica the replica number, empty for a one-off container */
    public record Container(String name, String service, String replica, List<String> titles,
                            List<List<String>> processes) {
    }

    private final StackContext ctx;

    public Processes(StackContext ctx) {
        this.ctx = ctx;
    }

    /** Sorted by container name. */
    public List<Container> list(String project, Set<String> services) {
        List<Container> out = new ArrayList<>();
        for (ContainerSummary c : ctx.engine().listContainers(Map.of(Labels.PROJECT, project))) {
            String service = c.labels().getOrDefault(Labels.SERVICE, "");
            if (!ServiceContainers.isUp(c) || (!services.isEmpty() && !services.contains(service))) continue;
            ProcessList processes = ctx.engine().listProcesses(c.id());
            out.add(new Container(ServiceContainers.name(c), service,
                    c.labels().getOrDefault(Labels.CONTAINER_NUMBER, ""), processes.titles(), processes.processes()));
        }
        out.sort(Comparator.comparing(Container::name));
        return out;
    }
}
