package dev.jcompose.loader.dockerrun;

import dev.jcompose.diag.Diagnostics;
import dev.jcompose.diag.SourceLocation;
import dev.jcompose.diag.Suggestions;
import dev.jcompose.diag.YamlPath;
import dev.jcompose.loader.tree.MapNode;
import dev.jcompose.loader.tree.Node;
import dev.jcompose.loader.tree.ScalarNode;
import dev.jcompose.loader.tree.ScalarType;
import dev.jcompose.loader.tree.SeqNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** One ECS container definition (Dockerrun version 2) to one compose service. */
final class ContainerDefinitionMapper {

    /** Label carrying ECS's {@code essential} until the model has a field for it. */
    static final String ESSENTIAL_LABEL = "dev.jcompose.essential";

    static final Keys CONTAINER = Keys.of("name", "image", "memory", "memoryReservation", "cpu", "portMappings",
                    "mountPoints", "volumesFrom", "links", "dependsOn", "essential", "environment", "command",
                    "entryPoint", "workingDirectory", "dnsServers", "dnsSearchDomains", "extraHosts", "hostname",
                    "user", "privileged", "ulimits", "dockerLabels", "logConfiguration", "healthCheck",
                    "readonlyRootFilesystem", "interactive", "pseudoTerminal", "stopTimeout",
                    "dockerSecurityOptions", "disableNetworking", "systemControls", "linuxParameters")
            .ignoring("secrets", "values from Secrets Manager or SSM Parameter Store cannot be read here; set them in \"environment\"")
            .ignoring("environmentFiles", "files in S3 cannot be read here; set the variables in \"environment\"")
            .ignoring("repositoryCredentials", "registry credentials come from `docker login` here")
            .ignoring("startTimeout", "dependencies wait without a time limit here")
            .ignoring("firelensConfiguration", "FireLens log routing is AWS-only")
            .ignoring("resourceRequirements", "GPU and accelerator reservations are not mapped")
            .ignoring("restartPolicy", "ECS container restart policies are not mapped");

    private static final Keys PORT = Keys.of("containerPort", "hostPort", "protocol")
            .ignoring("name", "Service Connect names are AWS-only")
            .ignoring("appProtocol", "Service Connect protocols are AWS-only")
            .ignoring("containerPortRange", "port ranges are not mapped; list the ports one by one");
    private static final Keys MOUNT = Keys.of("sourceVolume", "containerPath", "readOnly");
    private static final Keys VOLUME_FROM = Keys.of("sourceContainer", "readOnly");
    private static final Keys DEPENDS = Keys.of("containerName", "condition");
    private static final Keys ENV = Keys.of("name", "value");
    private static final Keys EXTRA_HOST = Keys.of("hostname", "ipAddress");
    private static final Keys ULIMIT = Keys.of("name", "softLimit", "hardLimit");
    private static final Keys SYSCTL = Keys.of("namespace", "value");
    private static final Keys LOGGING = Keys.of("logDriver", "options")
            .ignoring("secretOptions", "log driver secrets come from AWS and cannot be read here");

    private static final Set<String> ULIMIT_NAMES = Set.of("core", "cpu", "data", "fsize", "locks", "memlock",
            "msgqueue", "nice", "nofile", "nproc", "rss", "rtprio", "rttime", "sigpending", "stack");
    private static final Map<String, String> CONDITIONS = Map.of("START", "service_started",
            "HEALTHY", "service_healthy", "SUCCESS", "service_completed_successfully",
            "COMPLETE", "service_completed_successfully");
    /** Log drivers that need AWS credentials and endpoints; containers fail to start with them locally. */
    private static final Set<String> AWS_LOG_DRIVERS = Set.of("awslogs", "awsfirelens");

    /** What the other containers of the task need to know about one container. */
    record Container(String name, boolean essential, JsonObject definition) {
    }

    private final JsonObject def;
    private final Map<String, Container> containers;
    private final VolumeCatalog volumes;
    private final Diagnostics diags;
    private final ComposeMap service;

    private ContainerDefinitionMapper(JsonObject def, Map<String, Container> containers, VolumeCatalog volumes) {
        this.def = def;
        this.containers = containers;
        this.volumes = volumes;
        this.diags = def.diags();
        this.service = new ComposeMap(def.location());
    }

    static MapNode map(JsonObject def, Map<String, Container> containers, VolumeCatalog volumes) {
        return new ContainerDefinitionMapper(def, containers, volumes).map();
    }

    /** ECS's default: a container is essential unless it says otherwise. */
    static boolean essential(JsonObject def) {
        Boolean e = def.bool("essential");
        return e == null || e;
    }

    private MapNode map() {
        put("image", def.require("image") ? ImageNames.checked(def, "image") : null);
        put("command", "command", def.stringsOrString("command"));
        put("entrypoint", "entryPoint", def.stringsOrString("entryPoint"));
        put("working_dir", "workingDirectory", def.text("workingDirectory"));
        put("environment", "environment", environment());
        put("ports", "portMappings", ports());
        put("volumes", "mountPoints", mounts());
        put("volumes_from", "volumesFrom", volumesFrom());
        put("links", "links", links());
        put("depends_on", "dependsOn", dependsOn());
        put("mem_limit", "memory", mebibytes("memory"));
        put("mem_reservation", "memoryReservation", mebibytes("memoryReservation"));
        put("cpu_shares", "cpu", cpuShares());
        put("hostname", def.text("hostname"));
        put("user", def.text("user"));
        put("privileged", def.boolNode("privileged"));
        put("read_only", "readonlyRootFilesystem", def.boolNode("readonlyRootFilesystem"));
        put("stdin_open", "interactive", def.boolNode("interactive"));
        put("tty", "pseudoTerminal", def.boolNode("pseudoTerminal"));
        put("network_mode", "disableNetworking", networkMode());
        put("dns", "dnsServers", def.strings("dnsServers"));
        put("dns_search", "dnsSearchDomains", def.strings("dnsSearchDomains"));
        put("extra_hosts", "extraHosts", extraHosts());
        put("security_opt", "dockerSecurityOptions", def.strings("dockerSecurityOptions"));
        put("ulimits", "ulimits", ulimits());
        put("sysctls", "systemControls", sysctls());
        put("stop_grace_period", "stopTimeout", seconds("stopTimeout"));
        LinuxParametersMapper.map(def, service);
        put("healthcheck", "healthCheck", HealthCheckMapper.map(def));
        put("logging", "logConfiguration", logging());
        put("labels", "dockerLabels", labels());
        return service.build();
    }

    private void put(String key, Node value) {
        put(key, key, value);
    }

    private void put(String composeKey, String jsonKey, Node value) {
        service.put(composeKey, def.keyLocation(jsonKey), value);
    }

    private MapNode environment() {
        Node v = def.get("environment");
        if (v == null || v.isNull()) return null;
        if (v instanceof MapNode) return StringMaps.of(def, "environment");
        SeqNode list = def.array("environment");
        if (list == null) return null;
        ComposeMap env = new ComposeMap(list.location());
        for (int i = 0; i < list.size(); i++) {
            YamlPath at = def.pathOf("environment").index(i);
            if (list.get(i) instanceof ScalarNode s && s.type() == ScalarType.STRING) {
                environmentString(s, at, env);
                continue;
            }
            JsonObject e = JsonObject.of(list.get(i), at, ENV, diags);
            if (e == null) continue;
            String name = e.requiredString("name");
            if (name == null) continue;
            ScalarNode value = e.has("value") ? e.text("value") : ScalarNode.string("", e.location());
            if (value == null) continue;
            putVariable(env, name, e.get("name").location(), e.pathOf("name"), value);
        }
        return env.build();
    }

    /** {@code "NAME=value"} or {@code "NAME"}, as docker run's {@code -e} takes them: read, with a warning. */
    private void environmentString(ScalarNode entry, YamlPath at, ComposeMap env) {
        String text = entry.text();
        int eq = text.indexOf('=');
        String name = eq < 0 ? text : text.substring(0, eq);
        String value = eq < 0 ? "" : text.substring(eq + 1);
        if (name.isBlank()) {
            diags.error(entry.location(), at, "\"" + text + "\" is not a variable: expected {\"name\": ..., \"value\": ...}");
            return;
        }
        diags.warning(entry.location(), at, "\"" + text + "\" is not an ECS environment entry: read as name \"" + name
                + "\", value \"" + value + "\"", "write {\"name\": \"" + name + "\", \"value\": \"" + value + "\"}");
        putVariable(env, name, entry.location(), at, ScalarNode.string(value, entry.location()));
    }

    private void putVariable(ComposeMap env, String name, SourceLocation nameAt, YamlPath at, ScalarNode value) {
        if (env.has(name)) diags.warning(nameAt, at, "\"" + name + "\" is set twice: the last value is used");
        env.put(name, nameAt, value);
    }

    private SeqNode ports() {
        SeqNode list = def.array("portMappings");
        if (list == null) return null;
        List<Node> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            JsonObject p = JsonObject.of(list.get(i), def.pathOf("portMappings").index(i), PORT, diags);
            MapNode port = p == null ? null : PortMappings.toComposePort(p, "containerPort", "hostPort", "protocol", null);
            if (port != null) out.add(port);
        }
        return SeqNode.of(out, list.location());
    }

    private SeqNode mounts() {
        SeqNode list = def.array("mountPoints");
        if (list == null) return null;
        List<Node> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            JsonObject m = JsonObject.of(list.get(i), def.pathOf("mountPoints").index(i), MOUNT, diags);
            MapNode mount = m == null ? null : mount(m);
            if (mount != null) out.add(mount);
        }
        return SeqNode.of(out, list.location());
    }

    private MapNode mount(JsonObject m) {
        String name = m.requiredString("sourceVolume");
        ScalarNode target = m.require("containerPath") ? m.text("containerPath") : null;
        Boolean readOnly = m.bool("readOnly");
        if (name == null || target == null) return null;
        SourceLocation nameAt = m.get("sourceVolume").location();
        VolumeCatalog.Volume volume = volumes.get(name);
        if (volume == null && !VolumeCatalog.isEbLogVolume(name)) {
            String hint = Suggestions.didYouMean(name, volumes.names());
            diags.error(nameAt, m.pathOf("sourceVolume"), "\"" + name + "\" is not defined in volumes (defined: "
                    + (volumes.names().isEmpty() ? "none" : String.join(", ", volumes.names())) + ")", hint);
            return null;
        }
        ComposeMap out = new ComposeMap(m.location());
        if (volume != null && volume.isBind()) {
            out.putString("type", nameAt, "bind", nameAt);
            out.putString("source", nameAt, HostPaths.bindSource(volume.sourcePath().text()), volume.sourcePath().location());
        } else {
            volumes.markUsed(name, nameAt);
            out.putString("type", nameAt, "volume", nameAt);
            out.putString("source", nameAt, name, nameAt);
        }
        out.put("target", m.keyLocation("containerPath"), target);
        if (readOnly != null) out.put("read_only", m.keyLocation("readOnly"), ScalarNode.bool(readOnly, m.get("readOnly").location()));
        if (volume != null && volume.isBind()) {
            // Docker creates a missing bind source for `-v` mounts, which is what the ECS agent uses.
            ComposeMap bind = new ComposeMap(nameAt).put("create_host_path", nameAt, ScalarNode.bool(true, nameAt));
            out.put("bind", nameAt, bind.build());
        }
        return out.build();
    }

    private SeqNode volumesFrom() {
        SeqNode list = def.array("volumesFrom");
        if (list == null) return null;
        List<Node> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            JsonObject v = JsonObject.of(list.get(i), def.pathOf("volumesFrom").index(i), VOLUME_FROM, diags);
            if (v == null) continue;
            String source = v.requiredString("sourceContainer");
            Boolean readOnly = v.bool("readOnly");
            if (source == null || !isContainer(source, v.get("sourceContainer"), v.pathOf("sourceContainer"))) continue;
            String entry = Boolean.TRUE.equals(readOnly) ? source + ":ro" : source;
            out.add(ScalarNode.string(entry, v.get("sourceContainer").location()));
        }
        return SeqNode.of(out, list.location());
    }

    private SeqNode links() {
        SeqNode list = def.array("links");
        if (list == null) return null;
        List<Node> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            YamlPath at = def.pathOf("links").index(i);
            String link = JsonValues.string(list.get(i), at, diags);
            if (link == null) continue;
            String target = link.contains(":") ? link.substring(0, link.indexOf(':')) : link;
            if (isContainer(target, list.get(i), at)) out.add(ScalarNode.string(link, list.get(i).location()));
        }
        return SeqNode.of(out, list.location());
    }

    private MapNode dependsOn() {
        SeqNode list = def.array("dependsOn");
        if (list == null) return null;
        ComposeMap out = new ComposeMap(list.location());
        for (int i = 0; i < list.size(); i++) {
            JsonObject d = JsonObject.of(list.get(i), def.pathOf("dependsOn").index(i), DEPENDS, diags);
            if (d == null) continue;
            String name = d.requiredString("containerName");
            if (name == null || !isContainer(name, d.get("containerName"), d.pathOf("containerName"))) continue;
            ScalarNode condition = condition(d, name);
            if (condition == null) continue;
            ComposeMap entry = new ComposeMap(d.location()).put("condition", d.keyLocation("condition"), condition);
            out.put(name, d.get("containerName").location(), entry.build());
        }
        return out.build();
    }

    private ScalarNode condition(JsonObject d, String target) {
        if (!d.has("condition")) return ScalarNode.string("service_started", d.location());
        String written = d.string("condition");
        if (written == null) return null;
        String ecs = written.trim().toUpperCase(Locale.ROOT);
        SourceLocation at = d.get("condition").location();
        String compose = CONDITIONS.get(ecs);
        if (compose == null) {
            diags.error(at, d.pathOf("condition"), "\"" + written + "\" is not a valid condition (allowed: START, HEALTHY, COMPLETE, SUCCESS)");
            return null;
        }
        if ((ecs.equals("COMPLETE") || ecs.equals("SUCCESS")) && containers.get(target).essential()) {
            diags.warning(at, d.pathOf("condition"), "\"" + ecs + "\" needs \"" + target + "\" to be non-essential"
                    + " (ECS rejects this): when an essential container exits, the other containers are stopped",
                    "set \"essential\": false on \"" + target + "\"");
        }
        if (ecs.equals("COMPLETE")) {
            diags.warning(at, d.pathOf("condition"), "\"COMPLETE\" is read as service_completed_successfully:"
                    + " if \"" + target + "\" exits with a non-zero code, this container does not start");
        }
        return ScalarNode.string(compose, at);
    }

    private boolean isContainer(String name, Node at, YamlPath path) {
        if (containers.containsKey(name)) return true;
        diags.error(at.location(), path, "\"" + name + "\" is not a container of this file (containers: "
                + String.join(", ", containers.keySet()) + ")", Suggestions.didYouMean(name, containers.keySet()));
        return false;
    }

    private ScalarNode mebibytes(String key) {
        Long mib = def.integer(key, "a number of MiB");
        if (mib == null) return null;
        if (mib <= 0) {
            diags.error(def.get(key).location(), def.pathOf(key), "must be a positive number of MiB, got " + mib);
            return null;
        }
        return ScalarNode.string(mib + "m", def.get(key).location());
    }

    /** ECS's {@code cpu} units are Docker CPU shares; 0 means "no reservation", and the kernel's minimum is 2. */
    private ScalarNode cpuShares() {
        Long units = def.integer("cpu", "a number of CPU units (1024 = one CPU)");
        if (units == null || units == 0) return null;
        if (units < 0) {
            diags.error(def.get("cpu").location(), def.pathOf("cpu"), "must not be negative, got " + units);
            return null;
        }
        return ScalarNode.integer(Math.max(2, units), def.get("cpu").location());
    }

    private ScalarNode networkMode() {
        Boolean disabled = def.bool("disableNetworking");
        return Boolean.TRUE.equals(disabled) ? ScalarNode.string("none", def.get("disableNetworking").location()) : null;
    }

    private SeqNode extraHosts() {
        SeqNode list = def.array("extraHosts");
        if (list == null) return null;
        List<Node> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            JsonObject h = JsonObject.of(list.get(i), def.pathOf("extraHosts").index(i), EXTRA_HOST, diags);
            if (h == null) continue;
            String host = h.requiredString("hostname");
            String ip = h.requiredString("ipAddress");
            // host=ip rather than host:ip, which IPv6 addresses would make ambiguous
            if (host != null && ip != null) out.add(ScalarNode.string(host + "=" + ip, h.location()));
        }
        return SeqNode.of(out, list.location());
    }

    private MapNode ulimits() {
        SeqNode list = def.array("ulimits");
        if (list == null) return null;
        ComposeMap out = new ComposeMap(list.location());
        for (int i = 0; i < list.size(); i++) {
            JsonObject u = JsonObject.of(list.get(i), def.pathOf("ulimits").index(i), ULIMIT, diags);
            if (u == null) continue;
            String name = u.requiredString("name");
            ScalarNode soft = u.require("softLimit") ? u.integerNode("softLimit", "a number") : null;
            ScalarNode hard = u.require("hardLimit") ? u.integerNode("hardLimit", "a number") : null;
            if (name == null || soft == null || hard == null) continue;
            if (!ULIMIT_NAMES.contains(name)) {
                diags.error(u.get("name").location(), u.pathOf("name"), "\"" + name + "\" is not a valid ulimit (allowed: "
                        + String.join(", ", ULIMIT_NAMES.stream().sorted().toList()) + ")",
                        Suggestions.didYouMean(name, ULIMIT_NAMES));
                continue;
            }
            ComposeMap limit = new ComposeMap(u.location())
                    .put("soft", u.keyLocation("softLimit"), soft)
                    .put("hard", u.keyLocation("hardLimit"), hard);
            out.put(name, u.get("name").location(), limit.build());
        }
        return out.build();
    }

    private MapNode sysctls() {
        SeqNode list = def.array("systemControls");
        if (list == null) return null;
        ComposeMap out = new ComposeMap(list.location());
        for (int i = 0; i < list.size(); i++) {
            JsonObject s = JsonObject.of(list.get(i), def.pathOf("systemControls").index(i), SYSCTL, diags);
            if (s == null) continue;
            String name = s.requiredString("namespace");
            ScalarNode value = s.require("value") ? s.text("value") : null;
            if (name != null && value != null) out.put(name, s.get("namespace").location(), value);
        }
        return out.build();
    }

    private ScalarNode seconds(String key) {
        Long s = def.integer(key, "a number of seconds");
        return s == null ? null : ScalarNode.string(s + "s", def.get(key).location());
    }

    private MapNode logging() {
        JsonObject log = def.object("logConfiguration", LOGGING);
        if (log == null) return null;
        String driver = log.requiredString("logDriver");
        if (driver == null) return null;
        if (AWS_LOG_DRIVERS.contains(driver)) {
            diags.warning(log.get("logDriver").location(), log.pathOf("logDriver"), "ignored: the \"" + driver
                    + "\" log driver sends logs to AWS; the engine's default driver is used (see `jcompose logs`)");
            return null;
        }
        return new ComposeMap(log.location())
                .put("driver", log.keyLocation("logDriver"), log.text("logDriver"))
                .put("options", log.keyLocation("options"), StringMaps.of(log, "options"))
                .build();
    }

    private MapNode labels() {
        MapNode docker = StringMaps.of(def, "dockerLabels");
        SourceLocation at = def.has("essential") ? def.get("essential").location() : def.location();
        ComposeMap out = new ComposeMap(docker == null ? at : docker.location());
        if (docker != null) for (MapNode.Entry e : docker.entries()) out.put(e.name(), e.key().location(), e.value());
        out.put(ESSENTIAL_LABEL, def.keyLocation("essential"), ScalarNode.string(Boolean.toString(essential(def)), at));
        return out.build();
    }
}
