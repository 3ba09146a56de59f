package dev.jcompose.loader.validate;

import static dev.jcompose.loader.tree.ScalarType.INT;
import static dev.jcompose.loader.tree.ScalarType.STRING;
import static dev.jcompose.loader.validate.Schemas.bool;
import static dev.jcompose.loader.validate.Schemas.bytes;
import static dev.jcompose.loader.validate.Schemas.duration;
import static dev.jcompose.loader.validate.Schemas.enumOf;
import static dev.jcompose.loader.validate.Schemas.integer;
import static dev.jcompose.loader.validate.Schemas.listOf;
import static dev.jcompose.loader.validate.Schemas.listOrDict;
import static dev.jcompose.loader.validate.Schemas.number;
import static dev.jcompose.loader.validate.Schemas.obj;
import static dev.jcompose.loader.validate.Schemas.p;
import static dev.jcompose.loader.validate.Schemas.req;
import static dev.jcompose.loader.validate.Schemas.scalarOf;
import static dev.jcompose.loader.validate.Schemas.str;
import static dev.jcompose.loader.validate.Schemas.stringOrList;
import static dev.jcompose.loader.validate.Schemas.strings;

/** The service attributes {@code deploy}, {@code develop} and the device requests shared with {@code gpus}. */
final class DeploySchema {

    private DeploySchema() {
    }

    static ObjectSchema deploy() {
        return obj(
                p("mode", enumOf("replicated", "global", "replicated-job", "global-job")),
                p("endpoint_mode", enumOf("vip", "dnsrr")),
                p("replicas", integer(0, Long.MAX_VALUE)),
                p("labels", listOrDict()),
                p("rollback_config", updateConfig("continue", "pause")),
                p("update_config", updateConfig("continue", "pause", "rollback")),
                p("resources", obj(
                        p("limits", obj(p("cpus", number()), p("memory", bytes()), p("pids", integer()))),
                        p("reservations", obj(
                                p("cpus", number()),
                                p("memory", bytes()),
                                p("generic_resources", listOf(obj(p("discrete_resource_spec",
                                        obj(p("kind", str()), p("value", number())))))),
                                p("devices", listOf(deviceRequest(true))))))),
                p("restart_policy", obj(
                        p("condition", enumOf("none", "on-failure", "any")),
                        p("delay", duration()),
                        p("max_attempts", integer(0, Long.MAX_VALUE)),
                        p("window", duration()))),
                p("placement", obj(
                        p("constraints", listOf(str())),
                        p("preferences", listOf(obj(p("spread", str())))),
                        p("max_replicas_per_node", integer(0, Long.MAX_VALUE)))));
    }

    static ObjectSchema develop() {
        return obj(p("watch", listOf(obj(
                req("path", str()),
                req("action", enumOf("rebuild", "sync", "restart", "sync+restart", "sync+exec")),
                p("target", str()),
                p("ignore", stringOrList()),
                p("include", stringOrList()),
                p("exec", ServiceSchema.hook()),
                p("initial_sync", bool())))));
    }

    /** A device request: deploy reservations require capabilities, gpus entries do not. */
    static ObjectSchema deviceRequest(boolean capabilitiesRequired) {
        return obj(
                capabilitiesRequired ? req("capabilities", strings()) : p("capabilities", strings()),
                p("count", scalarOf(INT, STRING).and(s -> s.type() == INT || s.text().equals("all")
                        || s.text().matches("\\d+") ? null : "must be a number or \"all\", got \"" + s.text() + "\"")),
                p("device_ids", strings()),
                p("driver", str()),
                p("options", listOrDict()));
    }

    private static ObjectSchema updateConfig(String... failureActions) {
        return obj(
                p("parallelism", integer(0, Long.MAX_VALUE)),
                p("delay", duration()),
                p("failure_action", enumOf(failureActions)),
                p("monitor", duration()),
                p("max_failure_ratio", number()),
                p("order", enumOf("start-first", "stop-first")));
    }
}
