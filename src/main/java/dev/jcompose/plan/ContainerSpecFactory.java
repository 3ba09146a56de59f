package dev.jcompose.plan;

import dev.jcompose.engine.ContainerSpec;
import dev.jcompose.engine.HealthcheckSpec;
import dev.jcompose.engine.LogConfig;
import dev.jcompose.engine.NetworkAttachmentSpec;
import dev.jcompose.engine.RestartPolicy;
import dev.jcompose.engine.Ulimit;
import dev.jcompose.model.DependsOn;
import dev.jcompose.model.Deploy;
import dev.jcompose.model.Healthcheck;
import dev.jcompose.model.Project;
import dev.jcompose.model.Service;
import dev.jcompose.model.ServiceNetwork;
import dev.jcompose.state.Labels;
import dev.jcompose.state.ServiceHash;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Turns one replica of a service into the engine's container spec, with Docker Compose's names and labels. */
public final class ContainerSpecFactory {

    private static final Set<String> HEALTHCHECK_KINDS = Set.of("CMD", "CMD-SHELL", "NONE");

    private ContainerSpecFactory() {
    }

    public static ContainerSpec create(Project project, Service s, int number, String configHash, String imageRef) {
        return create(project, s, number, configHash, imageRef, null);
    }

    /** {@code imageId}, when known, is recorded in the {@code com.docker.compose.image} label as Compose does. */
    public static ContainerSpec create(Project project, Service s, int number, String configHash, String imageRef,
                                       String imageId) {
        return create(project, s, number, configHash, imageRef, imageId, null);
    }

    /** {@code fileDigests}, when not null, is the {@link MountedFiles} label the container carries. */
    public static ContainerSpec create(Project project, Service s, int number, String configHash, String imageRef,
                                       String imageId, String fileDigests) {
        ContainerSpec.Builder b = base(project, s, Names.container(project.name(), s, number), imageRef, true)
                .labels(labels(project, s, number, configHash, imageId));
        if (fileDigests != null) b.label(Labels.JCOMPOSE_FILE_DIGESTS, fileDigests);
        return b.build();
    }

    /**
     * A replica of a service behind a front ({@code generation} > 0): no published ports, none of the service's
     * network aliases and no fixed addresses (the front holds them, and two replicas run at once during a rollout);
     * the generation recorded in a label.
     */
    static ContainerSpec behindFront(Project project, Service s, int number, String configHash, String imageRef,
                                     String imageId, String fileDigests, int generation) {
        ContainerSpec.Builder b = base(project, s, Names.container(project.name(), s, number), imageRef, false, true)
                .labels(labels(project, s, number, configHash, imageId))
                .label(Labels.JCOMPOSE_GENERATION, Integer.toString(generation));
        if (fileDigests != null) b.label(Labels.JCOMPOSE_FILE_DIGESTS, fileDigests);
        return b.build();
    }

    private static ContainerSpec.Builder base(Project project, Service s, String containerName, String imageRef,
                                              boolean aliases) {
        return base(project, s, containerName, imageRef, aliases, false);
    }

    /**
     * Everything but the labels; {@code aliases}: join the networks under the service's name and aliases;
     * {@code behindFront}: without what the service's front holds (ports, aliases, fixed addresses).
     */
    private static ContainerSpec.Builder base(Project project, Service s, String containerName, String imageRef,
                                              boolean aliases, boolean behindFront) {
        ContainerSpec.Builder b = ContainerSpec.builder(containerName, imageRef)
                .cmd(s.command())
                .entrypoint(s.entrypoint())
                .workingDir(emptyToNull(s.workingDir()))
                .user(emptyToNull(s.user()))
                .hostname(emptyToNull(s.hostname()))
                .domainname(emptyToNull(s.domainname()))
                .resources(ResourceMapping.of(s))
                .restartPolicy(restartPolicy(s))
                .healthcheck(healthcheck(s.healthcheck()))
                .stopSignal(emptyToNull(s.stopSignal()))
                .stopTimeout(s.stopGracePeriod())
                .init(s.init())
                .privileged(s.privileged())
                .shmSizeBytes(s.shmSize())
                .tty(s.tty())
                .stdinOpen(s.stdinOpen())
                .readOnlyRootfs(s.readOnly())
                .pidMode(namespace(project, s.pid()))
                .ipcMode(namespace(project, s.ipc()))
                .links(links(project, s))
                .volumesFrom(volumesFrom(project, s))
                .platform(emptyToNull(s.platform()))
                .runtime(emptyToNull(s.runtime()))
                .oomScoreAdj(s.oomScoreAdj())
                .usernsMode(emptyToNull(s.usernsMode()))
                .utsMode(namespace(project, s.uts()))
                .cgroupnsMode(emptyToNull(s.cgroup()))
                .isolation(emptyToNull(s.isolation()))
                .storageOpt(s.storageOpt())
                .volumeDriver(emptyToNull(s.volumeDriver()))
                .annotations(s.annotations());
        if (!behindFront) b.macAddress(macAddress(s));
        s.environment().forEach((k, v) -> {
            if (v != null) b.env(k, v);
        });
        if (!behindFront) PortMapping.of(s).forEach(b::port);
        MountMapping.of(project, s).forEach(b::mount);
        networks(project, s, b, aliases && !behindFront, !behindFront);
        if (s.logging() != null && s.logging().driver() != null) {
            b.logConfig(new LogConfig(s.logging().driver(), s.logging().options()));
        }
        s.capAdd().forEach(b::capAdd);
        s.capDrop().forEach(b::capDrop);
        s.extraHosts().forEach((host, ips) -> ips.forEach(ip -> b.extraHost(host + ":" + ip)));
        s.dns().forEach(b::dns);
        s.dnsSearch().forEach(b::dnsSearch);
        s.dnsOpt().forEach(b::dnsOption);
        s.ulimits().forEach((name, u) -> b.ulimit(new Ulimit(name, u.soft(), u.hard())));
        for (String t : s.tmpfs()) {
            int colon = t.indexOf(':');
            if (colon < 0) b.tmpfs(t, "");
            else b.tmpfs(t.substring(0, colon), t.substring(colon + 1));
        }
        s.securityOpt().forEach(opt -> b.securityOpt(securityOption(project, opt)));
        s.sysctls().forEach(b::sysctl);
        s.groupAdd().forEach(b::groupAdd);
        return b;
    }

    static Map<String, String> labels(Project project, Service s, int number, String configHash, String imageId) {
        Map<String, String> labels = new LinkedHashMap<>(s.labels());
        labels.put(Labels.PROJECT, project.name());
        labels.put(Labels.SERVICE, s.name());
        labels.put(Labels.CONTAINER_NUMBER, Integer.toString(number));
        labels.put(Labels.ONEOFF, Labels.FALSE);
        if (project.workingDir() != null) labels.put(Labels.WORKING_DIR, project.workingDir().toString());
        if (!project.configFiles().isEmpty()) labels.put(Labels.CONFIG_FILES, String.join(",", project.configFiles()));
        labels.put(Labels.CONFIG_HASH, configHash);
        labels.put(Labels.JCOMPOSE_CONFIG_HASH, configHash);
        labels.put(Labels.JCOMPOSE_CONFIG_KEYS, ServiceHash.fingerprint(project, s));
        labels.put(Labels.VERSION, Labels.COMPOSE_VERSION);
        if (imageId != null) labels.put(Labels.IMAGE, imageId);
        labels.put(Labels.DEPENDS_ON, dependsOnLabel(s.dependsOn()));
        return labels;
    }

    /** Compose's form: {@code db:service_healthy:false,cache:service_started:true} (service:condition:restart). */
    static String dependsOnLabel(Map<String, DependsOn> dependsOn) {
        List<String> entries = new ArrayList<>();
        dependsOn.forEach((name, d) -> entries.add(name + ":" + d.condition().id() + ":" + d.restart()));
        return String.join(",", entries);
    }

    /**
     * {@code network_mode: service:x} joins the first container of x; otherwise the service joins each of its
     * networks with its name and declared aliases.
     */
    /** {@code addresses}: with the service's fixed ipv4/ipv6 addresses. */
    static void networks(Project project, Service s, ContainerSpec.Builder b, boolean withAliases, boolean addresses) {
        if (s.networkMode() != null && !s.networkMode().isEmpty()) {
            b.networkMode(namespace(project, s.networkMode()));
            return;
        }
        boolean[] first = {true};
        s.networks().forEach((key, attachment) -> {
            ServiceNetwork n = attachment == null ? ServiceNetwork.PLAIN : attachment;
            List<String> aliases = new ArrayList<>();
            if (withAliases) {
                aliases.add(s.name());
                n.aliases().stream().filter(a -> !aliases.contains(a)).forEach(aliases::add);
            }
            // the first network's MAC address is the container's (see macAddress)
            String mac = addresses && !first[0] ? emptyToNull(n.macAddress()) : null;
            first[0] = false;
            b.network(Names.network(project, key), addresses
                    ? new NetworkAttachmentSpec(aliases, emptyToNull(n.ipv4Address()), emptyToNull(n.ipv6Address()),
                    mac)
                    : new NetworkAttachmentSpec(aliases, null, null));
        });
    }

    /**
     * The container's MAC address, which the engine gives it on its first network: {@code mac_address}, else the
     * first network's {@code mac_address} (the loader makes sure the two agree when both are set).
     */
    static String macAddress(Service s) {
        if (s.macAddress() != null && !s.macAddress().isEmpty()) return s.macAddress();
        if (s.networkMode() != null && !s.networkMode().isEmpty()) return null;
        return s.networks().values().stream().findFirst()
                .map(n -> n == null ? null : emptyToNull(n.macAddress())).orElse(null);
    }

    /** {@code service:x} → {@code container:<x's first container>}; anything else as written. */
    private static String namespace(Project project, String mode) {
        if (mode == null || mode.isEmpty()) return null;
        if (mode.startsWith("service:")) {
            return "container:" + Names.firstContainer(project, mode.substring("service:".length()));
        }
        return mode;
    }

    /**
     * A seccomp profile named by a relative path ({@code seccomp=profile.json} or {@code seccomp:profile.json}) is
     * found from the project directory, as Compose does; the engine adapter sends the file's content.
     */
    static String securityOption(Project project, String opt) {
        if (!opt.startsWith("seccomp=") && !opt.startsWith("seccomp:")) return opt;
        String value = opt.substring("seccomp=".length()).strip();
        if (value.equals("unconfined") || value.equals("builtin") || value.startsWith("{")
                || project.workingDir() == null || java.nio.file.Path.of(value).isAbsolute()) {
            return opt;
        }
        return "seccomp=" + project.workingDir().resolve(value).normalize();
    }

    /** {@code restart} wins; else {@code deploy.restart_policy} (none → no, any → always). */
    static RestartPolicy restartPolicy(Service s) {
        String restart = s.restart();
        if (restart != null && !restart.isEmpty()) {
            if (restart.startsWith("on-failure")) {
                int colon = restart.indexOf(':');
                int retries = colon < 0 ? 0 : Integer.parseInt(restart.substring(colon + 1).trim());
                return new RestartPolicy("on-failure", retries);
            }
            return new RestartPolicy(restart, 0);
        }
        Deploy.RestartPolicy deploy = s.deploy() == null ? null : s.deploy().restartPolicy();
        if (deploy == null || deploy.condition() == null) return RestartPolicy.NO;
        return switch (deploy.condition()) {
            case "any" -> new RestartPolicy("always", 0);
            case "on-failure" -> new RestartPolicy("on-failure",
                    deploy.maxAttempts() == null ? 0 : deploy.maxAttempts().intValue());
            default -> RestartPolicy.NO;
        };
    }

    static HealthcheckSpec healthcheck(Healthcheck h) {
        if (h == null) return null;
        if (h.isDisabled()) return new HealthcheckSpec(List.of("NONE"), null, null, null, null);
        List<String> test = h.test();
        if (!test.isEmpty() && !HEALTHCHECK_KINDS.contains(test.get(0))) {
            test = List.of("CMD-SHELL", String.join(" ", test));
        }
        if (test.isEmpty() && h.interval() == null && h.timeout() == null && h.retries() == null
                && h.startPeriod() == null && h.startInterval() == null) {
            return null;
        }
        Integer retries = h.retries() == null ? null : h.retries().intValue();
        return new HealthcheckSpec(test, h.interval(), h.timeout(), retries, h.startPeriod(), h.startInterval());
    }

    /** The time {@code stop} waits before killing: the given timeout, else stop_grace_period, else 10 s. */
    static Duration stopTimeout(Service s, Duration override) {
        if (override != null) return override;
        if (s != null && s.stopGracePeriod() != null) return s.stopGracePeriod();
        return Duration.ofSeconds(10);
    }

    static String emptyToNull(String v) {
        return v == null || v.isEmpty() ? null : v;
    }

    /**
     * {@code links}: {@code svc} or {@code svc:alias} → {@code <first container of svc>:alias}, the service name the
     * default alias; then {@code external_links}: {@code container} or {@code container:alias}, as written, the
     * container's name the default alias.
     */
    static List<String> links(Project project, Service s) {
        List<String> out = new ArrayList<>();
        for (String link : s.links()) {
            String[] parts = link.split(":", 2);
            String alias = parts.length > 1 ? parts[1] : parts[0];
            out.add(Names.firstContainer(project, parts[0]) + ":" + alias);
        }
        for (String link : s.externalLinks()) {
            String[] parts = link.split(":", 2);
            out.add(parts[0] + ":" + (parts.length > 1 ? parts[1] : parts[0]));
        }
        return out;
    }

    /** {@code svc[:ro|rw]} → its first container; {@code container:name[:mode]} → that container. */
    static List<String> volumesFrom(Project project, Service s) {
        List<String> out = new ArrayList<>();
        for (String ref : s.volumesFrom()) {
            if (ref.startsWith("container:")) {
                out.add(ref.substring("container:".length()));
                continue;
            }
            String[] parts = ref.split(":", 2);
            out.add(Names.firstContainer(project, parts[0]) + (parts.length > 1 ? ":" + parts[1] : ""));
        }
        return out;
    }

    // --- exec-run ---

    /**
     * A one-off ({@code run}) container of a service, labelled as Docker Compose labels it: {@code oneoff=True}, the
     * run's {@code slug}, no replica number. It joins the service's networks under its aliases only when asked.
     *
     * @param attachStdin the client attaches to stdin, so the container's stdin closes when the client's ends
     */
    public static ContainerSpec oneOff(Project project, Service s, String name, String slug, String configHash,
                                       String imageRef, String imageId, boolean useAliases, boolean autoRemove,
                                       boolean attachStdin) {
        Map<String, String> labels = labels(project, s, 0, configHash, imageId);
        labels.remove(Labels.CONTAINER_NUMBER);
        labels.put(Labels.ONEOFF, Labels.TRUE);
        labels.put(Labels.SLUG, slug);
        return base(project, s, name, imageRef, useAliases).labels(labels).autoRemove(autoRemove)
                .stdinOnce(attachStdin && s.stdinOpen()).build();
    }
}
