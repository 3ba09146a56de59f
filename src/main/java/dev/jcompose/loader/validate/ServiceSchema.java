package dev.jcompose.loader.validate;

import dev.jcompose.diag.Diagnostics;
import dev.jcompose.diag.YamlPath;
import dev.jcompose.loader.tree.Node;
import dev.jcompose.loader.tree.ScalarNode;
import dev.jcompose.loader.tree.ScalarType;
import dev.jcompose.loader.tree.SeqNode;

import java.util.List;
import java.util.regex.Pattern;

import static dev.jcompose.loader.tree.ScalarType.BOOL;
import static dev.jcompose.loader.tree.ScalarType.FLOAT;
import static dev.jcompose.loader.tree.ScalarType.INT;
import static dev.jcompose.loader.tree.ScalarType.STRING;
import static dev.jcompose.loader.validate.Schemas.bool;
import static dev.jcompose.loader.validate.Schemas.bytes;
import static dev.jcompose.loader.validate.Schemas.duration;
import static dev.jcompose.loader.validate.Schemas.enumOf;
import static dev.jcompose.loader.validate.Schemas.integer;
import static dev.jcompose.loader.validate.Schemas.listOf;
import static dev.jcompose.loader.validate.Schemas.listOrDict;
import static dev.jcompose.loader.validate.Schemas.mapOf;
import static dev.jcompose.loader.validate.Schemas.matching;
import static dev.jcompose.loader.validate.Schemas.names;
import static dev.jcompose.loader.validate.Schemas.nullValue;
import static dev.jcompose.loader.validate.Schemas.nullable;
import static dev.jcompose.loader.validate.Schemas.number;
import static dev.jcompose.loader.validate.Schemas.numberOrDuration;
import static dev.jcompose.loader.validate.Schemas.obj;
import static dev.jcompose.loader.validate.Schemas.oneOf;
import static dev.jcompose.loader.validate.Schemas.p;
import static dev.jcompose.loader.validate.Schemas.refine;
import static dev.jcompose.loader.validate.Schemas.req;
import static dev.jcompose.loader.validate.Schemas.scalarOf;
import static dev.jcompose.loader.validate.Schemas.str;
import static dev.jcompose.loader.validate.Schemas.stringOrList;
import static dev.jcompose.loader.validate.Schemas.strings;

/** A service definition of the Compose Specification: every attribute, in every syntax it may be written in. */
final class ServiceSchema {

    /** Compose's schema pattern, which (JSON Schema patterns being unanchored) only asks for two such characters. */
    private static final Pattern CONTAINER_NAME = Pattern.compile("(?s).*[a-zA-Z0-9][a-zA-Z0-9_.-].*");
    private static final Pattern RESTART = Pattern.compile("no|always|unless-stopped|on-failure(:\\d+)?");
    private static final Pattern PULL_POLICY =
            Pattern.compile("always|never|missing|build|if_not_present|refresh|daily|weekly|every_([0-9]+[wdhms])+");
    private static final Pattern ULIMIT_NAME = Pattern.compile("[a-z]+");
    private static final List<String> HEALTHCHECK_TEST_TYPES = List.of("CMD", "CMD-SHELL", "NONE");

    private ServiceSchema() {
    }

    static ObjectSchema service() {
        return obj(
                p("annotations", listOrDict()),
                p("attach", bool()),
                p("blkio_config", blkioConfig()),
                p("build", oneOf(str(), build())),
                p("cap_add", strings()),
                p("cap_drop", strings()),
                p("cgroup", enumOf("host", "private")),
                p("cgroup_parent", str()),
                p("command", command()),
                p("configs", fileReferences()),
                p("container_name", matching(CONTAINER_NAME, "container name",
                        "letters, digits, _ . -, at least two, e.g. web_1")),
                p("cpu_count", integer(0, Long.MAX_VALUE)),
                p("cpu_percent", integer(0, 100)),
                p("cpu_shares", number()),
                p("cpu_quota", number()),
                p("cpu_period", number()),
                p("cpu_rt_period", numberOrDuration()),
                p("cpu_rt_runtime", numberOrDuration()),
                p("cpus", number()),
                p("cpuset", str()),
                p("credential_spec", obj(p("config", str()), p("file", str()), p("registry", str()))),
                p("depends_on", dependsOn()),
                p("deploy", nullable(DeploySchema.deploy())),
                p("develop", nullable(DeploySchema.develop())),
                p("device_cgroup_rules", strings()),
                p("devices", listOf(oneOf(str(),
                        obj(req("source", str()), p("target", str()), p("permissions", str()))))),
                p("dns", stringOrList()),
                p("dns_opt", strings()),
                p("dns_search", stringOrList()),
                p("domainname", str()),
                p("entrypoint", command()),
                p("env_file", envFile()),
                p("environment", listOrDict()),
                p("expose", listOf(scalarOf(STRING, INT).and(s -> PortSyntax.problemOfExpose(s.text()))).unique()),
                p("extends", oneOf(str(), obj(req("service", str()), p("file", str())).closed())),
                p("external_links", strings()),
                p("extra_hosts", extraHosts()),
                p("gpus", oneOf(enumOf("all"), listOf(DeploySchema.deviceRequest(false)))),
                p("group_add", listOf(scalarOf(STRING, INT)).unique()),
                p("healthcheck", healthcheck()),
                p("hostname", str()),
                p("image", str()),
                p("init", bool()),
                p("ipc", str()),
                p("isolation", str()),
                p("label_file", oneOf(str(), listOf(str()))),
                p("labels", listOrDict()),
                p("links", strings()),
                p("logging", obj(p("driver", str()), p("options", mapOf(scalarOf(STRING, INT, FLOAT, ScalarType.NULL))))),
                p("mac_address", str()),
                p("mem_limit", bytes()),
                p("mem_reservation", bytes()),
                p("mem_swappiness", integer(0, 100)),
                p("memswap_limit", bytes()),
                p("models", oneOf(strings(),
                        mapOf(names("model"), nullable(obj(p("endpoint_var", str()), p("model_var", str())))))),
                p("network_mode", str()),
                p("networks", networks()),
                p("oom_kill_disable", bool()),
                p("oom_score_adj", integer(-1000, 1000)),
                p("pid", nullable(str())),
                p("pids_limit", integer()),
                p("platform", str()),
                p("ports", listOf(oneOf(shortPort(), longPort())).unique()),
                p("post_start", listOf(hook())),
                p("pre_stop", listOf(hook())),
                p("privileged", bool()),
                p("profiles", strings()),
                p("provider", obj(req("type", str()), p("options", mapOf(oneOf(
                        scalarOf(STRING, INT, FLOAT, BOOL), listOf(scalarOf(STRING, INT, FLOAT, BOOL))))))),
                p("pull_policy", str().and(s -> PULL_POLICY.matcher(s.text()).matches() ? null
                        : "\"" + s.text() + "\" is not allowed (allowed: always, never, missing, build, if_not_present, "
                        + "refresh, daily, weekly, every_<duration>)")),
                p("pull_refresh_after", str()),
                p("read_only", bool()),
                p("restart", matching(RESTART, "restart policy", "no, always, on-failure[:N], unless-stopped")),
                p("runtime", str()),
                p("scale", integer(0, Long.MAX_VALUE)),
                p("secrets", fileReferences()),
                p("security_opt", strings()),
                p("shm_size", bytes()),
                p("stdin_open", bool()),
                p("stop_grace_period", duration()),
                p("stop_signal", str()),
                p("storage_opt", mapOf(Schemas.any())),
                p("sysctls", listOrDict()),
                p("tmpfs", oneOf(tmpfsMount(), listOf(tmpfsMount()).unique())),
                p("tty", bool()),
                p("ulimits", ulimits()),
                p("use_api_socket", bool()),
                p("user", str()),
                p("userns_mode", str()),
                p("uts", str()),
                p("volumes", listOf(oneOf(str().and(s -> VolumeSyntax.problemOf(s.text())), longVolume())).unique()),
                p("volumes_from", strings()),
                p("working_dir", str()));
    }

    /** A command in shell form (string) or exec form (list); null keeps the image's. */
    static Schema command() {
        return oneOf(str(), listOf(str()), nullValue());
    }

    /** A lifecycle hook (post_start, pre_stop, develop.watch[].exec). */
    static Schema hook() {
        return obj(req("command", command()), p("user", str()), p("privileged", bool()), p("working_dir", str()),
                p("environment", listOrDict()));
    }

    static Schema extraHosts() {
        return oneOf(mapOf(oneOf(str(), listOf(str()))), listOf(str().and(ServiceSchema::extraHostProblem)).unique());
    }

    static Schema ulimits() {
        return mapOf(k -> ULIMIT_NAME.matcher(k).matches() ? null
                        : "\"" + k + "\" is not a valid ulimit name (allowed: lower-case letters)",
                oneOf(integer(), obj(req("soft", integer()), req("hard", integer()))));
    }

    /** Service references to top-level secrets or configs: a name or a long-syntax mapping. */
    static Schema fileReferences() {
        return listOf(oneOf(str(), obj(p("source", str()), p("target", str()), p("uid", str()), p("gid", str()),
                p("mode", scalarOf(INT, FLOAT, STRING)))));
    }

    private static Schema build() {
        return obj(
                p("context", str()),
                p("dockerfile", str()),
                p("dockerfile_inline", str()),
                p("entitlements", listOf(str())),
                p("args", listOrDict()),
                p("ssh", listOrDict()),
                p("labels", listOrDict()),
                p("cache_from", listOf(str())),
                p("cache_to", listOf(str())),
                p("no_cache", bool()),
                p("additional_contexts", listOrDict()),
                p("network", str()),
                p("pull", bool()),
                p("target", str()),
                p("shm_size", bytes()),
                p("extra_hosts", extraHosts()),
                p("isolation", str()),
                p("privileged", bool()),
                p("secrets", fileReferences()),
                p("tags", listOf(str())),
                p("ulimits", ulimits()),
                p("platforms", listOf(str())));
    }

    private static Schema blkioConfig() {
        Schema rates = listOf(obj(p("path", str()), p("rate", bytes())).closed());
        Schema iops = listOf(obj(p("path", str()), p("rate", integer(0, Long.MAX_VALUE))).closed());
        return obj(
                p("device_read_bps", rates),
                p("device_read_iops", iops),
                p("device_write_bps", rates),
                p("device_write_iops", iops),
                p("weight", integer(0, 1000)),
                p("weight_device", listOf(obj(p("path", str()), p("weight", integer(0, 1000))).closed()))).closed();
    }

    private static Schema dependsOn() {
        return oneOf(strings(), mapOf(names("service"), obj(
                req("condition", enumOf("service_started", "service_healthy", "service_completed_successfully")),
                p("required", bool()),
                p("restart", bool()))));
    }

    private static Schema envFile() {
        Schema longForm = obj(req("path", str()), p("format", str()), p("required", bool())).closed();
        return oneOf(str(), listOf(oneOf(str(), longForm)));
    }

    private static Schema healthcheck() {
        return obj(
                p("disable", bool()),
                p("interval", duration()),
                p("retries", integer(0, Long.MAX_VALUE)),
                p("test", oneOf(str(), refine(listOf(str()), ServiceSchema::checkTestType))),
                p("timeout", duration()),
                p("start_period", duration()),
                p("start_interval", duration()));
    }

    private static Schema networks() {
        Schema attachment = obj(
                p("aliases", strings()),
                p("interface_name", str()),
                p("ipv4_address", str()),
                p("ipv6_address", str()),
                p("link_local_ips", strings()),
                p("mac_address", str()),
                p("driver_opts", mapOf(scalarOf(STRING, INT, FLOAT))),
                p("priority", number()),
                p("gw_priority", number()));
        return oneOf(strings(), mapOf(names("network"), nullable(attachment)));
    }

    private static Schema shortPort() {
        return scalarOf(INT, FLOAT, STRING).and(s -> PortSyntax.problemOfMapping(s.text()));
    }

    private static Schema longPort() {
        return obj(
                p("name", str()),
                p("mode", enumOf("host", "ingress")),
                p("host_ip", str().and(s -> s.text().isEmpty() ? null : PortSyntax.problemOfHostIp(s.text()))),
                p("target", scalarOf(INT, STRING).and(s -> PortSyntax.problemOfPort(s.text()))),
                p("published", scalarOf(INT, STRING).and(s -> PortSyntax.problemOfRange(s.text()))),
                p("protocol", str().and(s -> PortSyntax.problemOfProtocol(s.text()))),
                p("app_protocol", str()));
    }

    private static Schema longVolume() {
        return obj(
                req("type", enumOf("bind", "volume", "tmpfs", "cluster", "npipe", "image")),
                p("source", str()),
                p("target", str().and(s -> VolumeSyntax.problemOfTarget(s.text()))),
                p("read_only", bool()),
                p("consistency", str()),
                p("bind", obj(
                        p("propagation", enumOf("shared", "slave", "private", "rshared", "rslave", "rprivate")),
                        p("create_host_path", bool()),
                        p("recursive", enumOf("enabled", "disabled", "writable", "readonly")),
                        p("selinux", enumOf("z", "Z")))),
                p("volume", obj(p("labels", listOrDict()), p("nocopy", bool()), p("subpath", str()))),
                p("tmpfs", obj(p("size", bytes()), p("mode", scalarOf(INT, FLOAT, STRING)))),
                p("image", obj(p("subpath", str()))));
    }

    /** {@code /run} or {@code /run:size=64m,mode=1777}: the mount point must be absolute. */
    private static ScalarSchema tmpfsMount() {
        return str().and(s -> {
            int colon = s.text().indexOf(':');
            return VolumeSyntax.problemOfTarget(colon < 0 ? s.text() : s.text().substring(0, colon));
        });
    }

    private static String extraHostProblem(ScalarNode s) {
        String t = s.text();
        int sep = t.indexOf('=');
        if (sep < 0) sep = t.indexOf(':');
        return sep > 0 && sep < t.length() - 1 ? null
                : "\"" + t + "\" is not a valid extra host (expected host:ip or host=ip)";
    }

    private static void checkTestType(Node node, YamlPath path, Diagnostics diags) {
        SeqNode test = (SeqNode) node;
        if (test.size() == 0 || !(test.get(0) instanceof ScalarNode first) || first.text() == null) return;
        if (!HEALTHCHECK_TEST_TYPES.contains(first.text())) {
            diags.error(first.location(), path.index(0), "\"" + first.text()
                    + "\" is not a valid healthcheck test type (allowed: CMD, CMD-SHELL, NONE)");
        }
    }
}
