package dev.jcompose.graph;

import dev.jcompose.model.DependsOn;
import dev.jcompose.model.Service;

import java.util.ArrayList;
import java.util.List;

/**
 * An edge of the dependency graph: {@code from} needs {@code to}, for the {@code reasons} written in the file, in
 * the words of the file: the {@code depends_on} condition (with {@code required: false} and {@code restart: true}
 * when set), {@code links}, {@code volumes_from}, {@code network_mode}, {@code ipc}, {@code pid}, {@code uts},
 * {@code cgroup}.
 */
public record Dependency(String from, String to, List<String> reasons) {

    public Dependency {
        reasons = List.copyOf(reasons);
    }

    /** The reasons as one label: "service_healthy", "service_started, restart: true, links". */
    public String label() {
        return String.join(", ", reasons);
    }

    /** Whether the dependent still starts without it ({@code depends_on} with {@code required: false} only). */
    public boolean isOptional() {
        return reasons.contains("required: false");
    }

    static List<String> reasons(Service s, String to) {
        List<String> out = new ArrayList<>();
        DependsOn d = s.dependsOn().get(to);
        if (d != null) {
            out.add(d.condition().id());
            if (!d.required()) out.add("required: false");
            if (d.restart()) out.add("restart: true");
        }
        if (s.linkedServices().contains(to)) out.add("links");
        if (s.volumesFromServices().contains(to)) out.add("volumes_from");
        String ref = "service:" + to;
        if (ref.equals(s.networkMode())) out.add("network_mode");
        if (ref.equals(s.ipc())) out.add("ipc");
        if (ref.equals(s.pid())) out.add("pid");
        if (ref.equals(s.uts())) out.add("uts");
        if (ref.equals(s.cgroup())) out.add("cgroup");
        return out;
    }
}
