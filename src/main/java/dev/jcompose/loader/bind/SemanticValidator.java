package dev.jcompose.loader.bind;

import dev.jcompose.diag.Diagnostics;
import dev.jcompose.diag.SourceMap;
import dev.jcompose.diag.Suggestions;
import dev.jcompose.diag.YamlPath;
import dev.jcompose.graph.DependencyGraph;
import dev.jcompose.model.FileRef;
import dev.jcompose.model.Mount;
import dev.jcompose.model.Project;
import dev.jcompose.model.Service;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks what a single file cannot: references between services and to top-level resources, unique container names,
 * host port clashes and dependency cycles. Every error is located through the {@link SourceMap}.
 */
public final class SemanticValidator {

    private final Project project;
    private final SourceMap map;
    private final Set<String> disabled;
    private final Diagnostics diags;

    private SemanticValidator(Project project, SourceMap map, Set<String> disabled, Diagnostics diags) {
        this.project = project;
        this.map = map;
        this.disabled = disabled;
        this.diags = diags;
    }

    public static void validate(Project p, SourceMap map, Diagnostics diags) {
        validate(p, map, Set.of(), diags);
    }

    /** @param disabled the services profiles left out of {@code p}: an optional dependency on one is fine */
    public static void validate(Project p, SourceMap map, Set<String> disabled, Diagnostics diags) {
        new SemanticValidator(p, map, disabled, diags).run();
    }

    private void run() {
        for (Service s : project.services().values()) {
            YamlPath path = YamlPath.of("services", s.name());
            if ((s.image() == null || s.image().isEmpty()) && s.build() == null && s.provider() == null) {
                error(path, "service has neither an image nor a build context specified");
            }
            checkServiceReferences(s, path);
            checkResourceReferences(s, path);
            checkMacAddress(s, path);
            checkPlatform(s, path);
            if (s.containerName() != null && s.replicas() > 1) {
                error(path.key("container_name"), "container name \"" + s.containerName()
                        + "\" must be unique, but the service has " + s.replicas() + " replicas");
            }
        }
        new PortClashCheck(map, diags).check(project.services().values());
        checkCycles();
    }

    /** An image built for some platforms cannot run on another one. */
    private void checkPlatform(Service s, YamlPath path) {
        if (s.platform() == null || s.platform().isEmpty() || s.build() == null) return;
        List<String> platforms = s.build().platforms();
        if (!platforms.isEmpty() && !platforms.contains(s.platform())) {
            error(path.key("platform"), "build.platforms must include the service's platform \"" + s.platform() + "\"",
                    "add \"" + s.platform() + "\" to build.platforms, or change platform to one of "
                            + String.join(", ", platforms));
        }
    }

    /** The container's MAC address is the one on its first network: the two may not say different things. */
    private void checkMacAddress(Service s, YamlPath path) {
        if (s.macAddress() == null || s.macAddress().isEmpty()) return;
        s.networks().entrySet().stream().findFirst().ifPresent(first -> {
            String mac = first.getValue() == null ? null : first.getValue().macAddress();
            if (mac != null && !mac.isEmpty() && !mac.equalsIgnoreCase(s.macAddress())) {
                error(path.key("mac_address"), "the service-level mac_address should have the same value as network "
                        + first.getKey());
            }
        });
    }

    private void checkServiceReferences(Service s, YamlPath path) {
        Set<String> implicit = new HashSet<>(s.linkedServices());
        implicit.addAll(s.volumesFromServices());
        implicit.addAll(s.namespaceServiceRefs());
        for (String dep : s.dependsOn().keySet()) {
            if (dep.equals(s.name())) {
                error(path.key("depends_on").key(dep), "dependency cycle detected: " + dep + " -> " + dep,
                        "a service cannot depend on itself; remove \"" + dep + "\" from its depends_on");
            } else if (!implicit.contains(dep) && (s.dependsOn().get(dep).required() || !isDisabled(dep))) {
                service(path.key("depends_on").key(dep), dep);
            }
        }
        for (int i = 0; i < s.links().size(); i++) {
            service(path.key("links").index(i), s.links().get(i).split(":", 2)[0]);
        }
        for (int i = 0; i < s.volumesFrom().size(); i++) {
            String from = s.volumesFrom().get(i);
            if (!from.startsWith("container:")) service(path.key("volumes_from").index(i), from.split(":", 2)[0]);
        }
        namespace(path.key("network_mode"), s.networkMode());
        namespace(path.key("ipc"), s.ipc());
        namespace(path.key("pid"), s.pid());
        namespace(path.key("uts"), s.uts());
        namespace(path.key("cgroup"), s.cgroup());
    }

    private void namespace(YamlPath path, String value) {
        if (value != null && value.startsWith("service:")) service(path, value.substring("service:".length()));
    }

    private void service(YamlPath path, String name) {
        if (project.services().containsKey(name)) return;
        if (isDisabled(name)) {
            error(path, "refers to service \"" + name + "\", which is disabled by its profiles", null);
            return;
        }
        error(path, "refers to undefined service \"" + name + "\"",
                Suggestions.didYouMean(name, project.services().keySet()));
    }

    private boolean isDisabled(String name) {
        return disabled.contains(name) || project.disabledServices().containsKey(name);
    }

    private void checkResourceReferences(Service s, YamlPath path) {
        for (String network : s.networks().keySet()) {
            undefined(path.key("networks").key(network), "network", network, project.networks().keySet());
        }
        List<Mount> volumes = s.volumes();
        for (int i = 0; i < volumes.size(); i++) {
            if (volumes.get(i).isNamedVolume()) {
                undefined(path.key("volumes").index(i), "volume", volumes.get(i).source(), project.volumes().keySet());
            }
        }
        fileRefs(path.key("secrets"), "secret", s.secrets(), project.secrets().keySet());
        fileRefs(path.key("configs"), "config", s.configs(), project.configs().keySet());
        for (String model : s.models().keySet()) {
            undefined(path.key("models").key(model), "model", model, project.models().keySet());
        }
    }

    private void fileRefs(YamlPath path, String kind, List<FileRef> refs, Set<String> declared) {
        for (int i = 0; i < refs.size(); i++) undefined(path.index(i), kind, refs.get(i).source(), declared);
    }

    private void undefined(YamlPath path, String kind, String name, Collection<String> declared) {
        if (name == null || declared.contains(name)) return;
        error(path, "refers to undefined " + kind + " \"" + name + "\"", Suggestions.didYouMean(name, declared));
    }

    private void checkCycles() {
        DependencyGraph.of(project).findCycle().ifPresent(cycle -> error(YamlPath.of("services", cycle.get(0)),
                "dependency cycle detected: " + String.join(" -> ", cycle)));
    }

    private void error(YamlPath path, String message) {
        error(path, message, null);
    }

    private void error(YamlPath path, String message, String hint) {
        diags.error(map.locate(path), path, message, hint);
    }
}
