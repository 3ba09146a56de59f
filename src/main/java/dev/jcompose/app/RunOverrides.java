package dev.jcompose.app;

import dev.jcompose.model.Deploy;
import dev.jcompose.model.Mount;
import dev.jcompose.model.MountType;
import dev.jcompose.model.Port;
import dev.jcompose.model.Project;
import dev.jcompose.model.Service;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The service as {@code run}'s options change it, by Docker Compose's rules. */
final class RunOverrides {

    private RunOverrides() {
    }

    static Service apply(Project project, Service s, OneOffRun.Request r) {
        Service.Builder b = s.toBuilder()
                .containerName(r.name())
                .tty(r.tty())
                .stdinOpen(r.interactive())
                .restart("no");
        if (!r.command().isEmpty()) b.command(r.command());
        if (r.entrypoint() != null) {
            b.entrypoint(r.entrypoint());
            if (r.command().isEmpty()) b.command(List.of());
        }
        if (r.user() != null && !r.user().isEmpty()) b.user(r.user());
        if (r.workdir() != null && !r.workdir().isEmpty()) b.workingDir(r.workdir());
        if (!r.env().isEmpty()) {
            Map<String, String> env = new LinkedHashMap<>(s.environment());
            env.putAll(r.env());
            b.environment(env);
        }
        if (!r.labels().isEmpty()) {
            Map<String, String> labels = new LinkedHashMap<>(s.labels());
            labels.putAll(r.labels());
            b.labels(labels);
        }
        if (!r.volumes().isEmpty()) {
            List<Mount> mounts = new ArrayList<>(s.volumes());
            for (String v : r.volumes()) mounts.add(volume(v, project.workingDir(), r.home()));
            b.volumes(mounts);
        }
        if (!r.publish().isEmpty()) {
            List<Port> ports = new ArrayList<>();
            for (String p : r.publish()) ports.add(port(p));
            b.ports(ports);
        } else if (!r.servicePorts()) {
            b.ports(List.of());
        }
        if (!r.capAdd().isEmpty() || !r.capDrop().isEmpty()) {
            // as Docker Compose: an added capability is no longer dropped, a dropped one no longer added
            List<String> add = new ArrayList<>(s.capAdd());
            List<String> drop = new ArrayList<>(s.capDrop());
            add.addAll(r.capAdd());
            drop.removeAll(r.capAdd());
            drop.addAll(r.capDrop());
            add.removeAll(r.capDrop());
            b.capAdd(add).capDrop(drop);
        }
        Deploy d = s.deploy();
        if (d != null && d.restartPolicy() != null) {
            b.deploy(new Deploy(d.mode(), d.replicas(), d.labels(), d.updateConfig(), d.rollbackConfig(),
                    d.resources(), null, d.placement(), d.endpointMode()));
        }
        return b.build();
    }

    /** {@code [[ip:]host_port:]container_port[/protocol]}; IPv6 addresses in brackets. */
    static Port port(String spec) {
        String body = spec;
        String protocol = "tcp";
        int slash = body.lastIndexOf('/');
        if (slash >= 0) {
            protocol = body.substring(slash + 1).toLowerCase(java.util.Locale.ROOT);
            body = body.substring(0, slash);
        }
        String hostIp = null;
        if (body.startsWith("[")) {
            int close = body.indexOf("]:");
            if (close < 0) throw invalidPort(spec);
            hostIp = body.substring(1, close);
            body = body.substring(close + 2);
        }
        String[] parts = body.split(":", -1);
        String published;
        String target;
        switch (parts.length) {
            case 1 -> {
                published = null;
                target = parts[0];
            }
            case 2 -> {
                published = parts[0];
                target = parts[1];
            }
            case 3 -> {
                if (hostIp != null) throw invalidPort(spec);
                hostIp = parts[0];
                published = parts[1];
                target = parts[2];
            }
            default -> throw invalidPort(spec);
        }
        if (!protocol.equals("tcp") && !protocol.equals("udp") && !protocol.equals("sctp")) throw invalidPort(spec);
        int targetPort;
        try {
            targetPort = Integer.parseInt(target);
            if (published != null && !published.isEmpty()) {
                for (String end : published.split("-", 2)) {
                    int p = Integer.parseInt(end);
                    if (p < 0 || p > 65535) throw invalidPort(spec);
                }
            }
        } catch (NumberFormatException e) {
            throw invalidPort(spec);
        }
        if (targetPort < 1 || targetPort > 65535) throw invalidPort(spec);
        return new Port(targetPort, published == null || published.isEmpty() ? null : published,
                hostIp == null || hostIp.isEmpty() ? null : hostIp, protocol, "ingress", null, null);
    }

    /**
     * {@code [source:]target[:ro|rw]}: a source starting with {@code .}, {@code /} or {@code ~} is a bind mount
     * (relative to the project directory), another source a named volume, none an anonymous volume.
     */
    static Mount volume(String spec, Path projectDir, String home) {
        String[] parts = spec.split(":", -1);
        if (parts.length > 3 || spec.isEmpty()) throw invalidVolume(spec);
        String source = parts.length == 1 ? null : parts[0];
        String target = parts.length == 1 ? parts[0] : parts[1];
        boolean readOnly = false;
        if (parts.length == 3) {
            for (String option : parts[2].split(",")) {
                if (option.equals("ro")) readOnly = true;
                else if (!option.equals("rw")) throw invalidVolume(spec);
            }
        }
        if (target.isEmpty() || !target.startsWith("/")) throw invalidVolume(spec);
        if (source == null) {
            return new Mount(MountType.VOLUME, null, target, readOnly, null, null, null, null, null);
        }
        if (source.startsWith(".") || source.startsWith("/") || source.startsWith("~")) {
            String path = source.startsWith("~") && home != null ? home + source.substring(1)
                    : projectDir == null ? source : projectDir.resolve(source).normalize().toString();
            return new Mount(MountType.BIND, path, target, readOnly, null,
                    new Mount.BindOptions(true, null, null, null), null, null, null);
        }
        return new Mount(MountType.VOLUME, source, target, readOnly, null, null, null, null, null);
    }

    /** A command line split as a POSIX shell would (quotes and backslashes), without expansions. */
    static List<String> shellWords(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean inWord = false;
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote == '\'') {
                if (c == '\'') quote = 0;
                else word.append(c);
            } else if (quote == '"') {
                if (c == '"') quote = 0;
                else if (c == '\\' && i + 1 < line.length() && "\"\\$`".indexOf(line.charAt(i + 1)) >= 0) {
                    word.append(line.charAt(++i));
                } else word.append(c);
            } else if (c == '\'' || c == '"') {
                quote = c;
                inWord = true;
            } else if (c == '\\' && i + 1 < line.length()) {
                word.append(line.charAt(++i));
                inWord = true;
            } else if (Character.isWhitespace(c)) {
                if (inWord) {
                    words.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
            } else {
                word.append(c);
                inWord = true;
            }
        }
        if (quote != 0) throw new StackFailure("unterminated quote in \"" + line + "\"", List.of());
        if (inWord) words.add(word.toString());
        return words;
    }

    private static StackFailure invalidPort(String spec) {
        return new StackFailure("invalid port \"" + spec + "\": expected [[ip:]host_port:]container_port[/protocol]",
                List.of());
    }

    private static StackFailure invalidVolume(String spec) {
        return new StackFailure("invalid volume \"" + spec + "\": expected [source:]/target[:ro|rw]", List.of());
    }
}
