package dev.jcompose.plan;

import dev.jcompose.engine.ContainerSpec;
import dev.jcompose.engine.RestartPolicy;
import dev.jcompose.model.Port;
import dev.jcompose.model.Project;
import dev.jcompose.model.Service;
import dev.jcompose.state.Labels;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which services run behind a front proxy, and the front's container and configuration. A service opts in with
 * {@code deploy.update_config.order: start-first}: old and new replicas then run side by side during a rollout,
 * which only works when neither holds the service's ports or name, so the front holds them.
 */
public final class Fronts {

    /** The front image when neither the service's label nor {@code JCOMPOSE_FRONT_IMAGE} names one. */
    public static final String DEFAULT_IMAGE = "nginx:1.27-alpine";
    /** Service label: the front image for this service. */
    public static final String IMAGE_LABEL = "dev.jcompose.front.image";
    /** Service label: how long replaced replicas may finish in-flight requests ({@code 30s}, {@code 500ms}). */
    public static final String DRAIN_LABEL = "dev.jcompose.front.drain-timeout";
    /** Service label: {@code true} lets a single replica writing to a named volume overlap with its successor. */
    public static final String OVERLAP_LABEL = "dev.jcompose.rollout.overlap";
    public static final Duration DEFAULT_DRAIN = Duration.ofSeconds(10);

    private static final Pattern SIMPLE_DURATION = Pattern.compile("(\\d+)(ms|s|m)?");

    private Fronts() {
    }

    /** Whether the service asked for zero-downtime rollouts ({@code update_config.order: start-first}). */
    public static boolean wantsFront(Service s) {
        return s.deploy() != null && s.deploy().updateConfig() != null
                && "start-first".equalsIgnoreCase(s.deploy().updateConfig().order());
    }

    /** Whether the service runs behind a front: it asked for one and nothing stands in the way. */
    public static boolean isFronted(Service s) {
        return wantsFront(s) && problems(s).isEmpty();
    }

    /** Why the service cannot run behind a front; empty when it can. */
    public static List<String> problems(Service s) {
        List<String> out = new ArrayList<>();
        if (s.containerName() != null && !s.containerName().isEmpty()) {
            out.add("it sets container_name, and old and new replicas must run side by side");
        }
        if (s.networkMode() != null && !s.networkMode().isEmpty()) {
            out.add("it uses network_mode \"" + s.networkMode() + "\", so a front cannot reach it on a network");
        }
        if (listeners(s).isEmpty()) {
            out.add("it has no ports or expose entries, so its front would not know what to listen on");
        }
        String drain = s.labels().get(DRAIN_LABEL);
        if (drain != null && parseDuration(drain) == null) {
            out.add("label " + DRAIN_LABEL + " \"" + drain + "\" is not a duration like 30s or 500ms");
        }
        return out;
    }

    public static String name(String project, String service) {
        return project + "-" + service + "-front";
    }

    /** The service's label, else {@code defaultImage} (from {@code JCOMPOSE_FRONT_IMAGE}), else {@link #DEFAULT_IMAGE}. */
    public static String image(Service s, String defaultImage) {
        String label = s.labels().get(IMAGE_LABEL);
        if (label != null && !label.isBlank()) return label.trim();
        return defaultImage == null || defaultImage.isBlank() ? DEFAULT_IMAGE : defaultImage;
    }

    public static Duration drainTimeout(Service s) {
        Duration d = parseDuration(s.labels().get(DRAIN_LABEL));
        return d == null ? DEFAULT_DRAIN : d;
    }

    /**
     * One replica writing to a named volume must not run twice at once: unless the service says otherwise, its
     * rollout stops the old replica before it starts the new one (the front keeps the port; requests in the gap
     * fail).
     */
    public static boolean isSingleWriter(Service s, int replicas) {
        if (replicas != 1 || "true".equalsIgnoreCase(s.labels().getOrDefault(OVERLAP_LABEL, "").trim())) return false;
        return s.volumes().stream().anyMatch(m -> m.isNamedVolume() && !m.readOnly());
    }

    public static FrontConfig config(Project project, Service s) {
        String network = s.networks().isEmpty() ? null : Names.network(project, s.networks().keySet().iterator().next());
        return new FrontConfig(project.name(), s.name(), network, listeners(s), drainTimeout(s));
    }

    /** The ports the front listens on: each distinct (port, protocol) of {@code ports} and {@code expose}. */
    static List<FrontConfig.Listener> listeners(Service s) {
        Set<FrontConfig.Listener> out = new LinkedHashSet<>();
        for (Port p : s.ports()) {
            String protocol = p.protocol() == null || p.protocol().isEmpty() ? "tcp" : p.protocol().toLowerCase(Locale.ROOT);
            boolean http = protocol.equals("tcp") && p.appProtocol() != null
                    && p.appProtocol().toLowerCase(Locale.ROOT).startsWith("http");
            out.add(new FrontConfig.Listener(p.target(), protocol, http));
        }
        for (var spec : PortMapping.of(s)) {
            boolean known = out.stream().anyMatch(l -> l.port() == spec.containerPort() && l.protocol().equals(spec.protocol()));
            if (!known) out.add(new FrontConfig.Listener(spec.containerPort(), spec.protocol(), false));
        }
        return List.copyOf(out);
    }

    /**
     * The front container: the service's ports and network aliases, nginx with jcompose's configuration (written
     * into it before it starts), labelled as the service's front.
     */
    public static ContainerSpec spec(Project project, Service s, String image) {
        ContainerSpec.Builder b = ContainerSpec.builder(name(project.name(), s.name()), image)
                .cmd("nginx", "-c", FrontConfig.PATH, "-g", "daemon off;")
                .restartPolicy(new RestartPolicy("unless-stopped", 0))
                // QUIT is nginx's graceful shutdown: it finishes what is in flight.
                .stopSignal("SIGQUIT")
                .stopTimeout(drainTimeout(s).plusSeconds(1));
        PortMapping.of(s).forEach(b::port);
        ContainerSpecFactory.networks(project, s, b, true, true);
        b.label(Labels.PROJECT, project.name())
                .label(Labels.SERVICE, s.name())
                .label(Labels.ONEOFF, Labels.FALSE)
                .label(Labels.JCOMPOSE_ROLE, Labels.ROLE_FRONT);
        if (project.workingDir() != null) b.label(Labels.WORKING_DIR, project.workingDir().toString());
        if (!project.configFiles().isEmpty()) b.label(Labels.CONFIG_FILES, String.join(",", project.configFiles()));
        b.label(Labels.VERSION, Labels.COMPOSE_VERSION);
        ContainerSpec draft = b.build();
        b.label(Labels.JCOMPOSE_FRONT_HASH, hash(draft));
        return b.build();
    }

    /** What a front is made of: a different hash means the front must be recreated. */
    static String hash(ContainerSpec spec) {
        StringBuilder text = new StringBuilder(spec.image()).append('\n').append(spec.cmd()).append('\n')
                .append(spec.ports()).append('\n').append(spec.networks()).append('\n').append(spec.stopTimeout());
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }

    static Duration parseDuration(String text) {
        if (text == null || text.isBlank()) return null;
        Matcher m = SIMPLE_DURATION.matcher(text.trim());
        if (!m.matches()) return null;
        long n = Long.parseLong(m.group(1));
        String unit = m.group(2) == null ? "s" : m.group(2);
        return switch (unit) {
            case "ms" -> Duration.ofMillis(n);
            case "m" -> Duration.ofMinutes(n);
            default -> Duration.ofSeconds(n);
        };
    }
}
