package dev.jcompose.plan;

import dev.jcompose.engine.BuildSpec;
import dev.jcompose.engine.IpamPool;
import dev.jcompose.engine.NetworkSpec;
import dev.jcompose.engine.VolumeSpec;
import dev.jcompose.model.Build;
import dev.jcompose.model.Project;
import dev.jcompose.model.Service;
import dev.jcompose.state.Labels;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Engine specs for a project's networks, volumes and image builds, labelled as Docker Compose labels them. */
final class ResourceSpecs {

    private ResourceSpecs() {
    }

    static NetworkSpec network(Project project, String key, dev.jcompose.model.NetworkSpec n) {
        Map<String, String> labels = new LinkedHashMap<>(n.labels());
        labels.put(Labels.PROJECT, project.name());
        labels.put(Labels.NETWORK, key);
        labels.put(Labels.VERSION, Labels.COMPOSE_VERSION);
        List<IpamPool> pools = new ArrayList<>();
        String ipamDriver = null;
        if (n.ipam() != null) {
            ipamDriver = n.ipam().driver();
            n.ipam().config().forEach(p -> pools.add(new IpamPool(p.subnet(), p.ipRange(), p.gateway())));
        }
        return new NetworkSpec(Names.network(project, key), n.driver(), n.driverOpts(), n.internal(), n.attachable(),
                Boolean.TRUE.equals(n.enableIpv6()), labels, ipamDriver, pools);
    }

    static VolumeSpec volume(Project project, String key, dev.jcompose.model.VolumeSpec v) {
        Map<String, String> labels = new LinkedHashMap<>(v.labels());
        labels.put(Labels.PROJECT, project.name());
        labels.put(Labels.VOLUME, key);
        labels.put(Labels.VERSION, Labels.COMPOSE_VERSION);
        return new VolumeSpec(Names.volume(project, key), v.driver(), v.driverOpts(), labels);
    }

    /**
     * The engine's build request for a service: its own labels plus Docker Compose's project, service and version
     * labels; args without a value are left out (the use case resolves them from the environment beforehand).
     */
    static BuildSpec build(Project project, Service s, String tag) {
        Build b = s.build();
        List<String> tags = new ArrayList<>();
        tags.add(tag);
        b.tags().stream().filter(t -> !tags.contains(t)).forEach(tags::add);
        Map<String, String> args = new LinkedHashMap<>();
        b.args().forEach((k, v) -> {
            if (v != null) args.put(k, v);
        });
        Map<String, String> labels = new LinkedHashMap<>(b.labels());
        labels.put(Labels.VERSION, Labels.COMPOSE_VERSION);
        labels.put(Labels.PROJECT, project.name());
        labels.put(Labels.SERVICE, s.name());
        List<String> hosts = new ArrayList<>();
        b.extraHosts().forEach((host, ips) -> ips.forEach(ip -> hosts.add(host + ":" + ip)));
        String platform = s.platform() != null && !s.platform().isEmpty() ? s.platform()
                : b.platforms().size() == 1 ? b.platforms().get(0) : null;
        return new BuildSpec(tags, b.dockerfileInline() != null ? null : b.dockerfile(), args, b.target(), labels,
                b.noCache(), b.pull(), b.network(), b.shmSize(), hosts, b.cacheFrom(), platform);
    }
}
