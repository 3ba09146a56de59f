package dev.jcompose.loader.dockerrun;

import dev.jcompose.diag.SourceLocation;
import dev.jcompose.loader.tree.MapNode;
import dev.jcompose.loader.tree.Node;
import dev.jcompose.loader.tree.ScalarNode;
import dev.jcompose.loader.tree.SeqNode;

import java.util.Set;

/**
 * ECS {@code healthCheck} to a compose {@code healthcheck}. ECS's defaults differ from Docker's (timeout 5s, not 30s),
 * so every timing is written out, from the file or from the ECS default.
 */
final class HealthCheckMapper {

    private static final Keys HEALTH = Keys.of("command", "interval", "timeout", "retries", "startPeriod");
    private static final Set<String> TEST_KINDS = Set.of("CMD", "CMD-SHELL", "NONE");

    private HealthCheckMapper() {
    }

    static MapNode map(JsonObject def) {
        JsonObject h = def.object("healthCheck", HEALTH);
        if (h == null || !h.require("command")) return null;
        Node test = test(h);
        if (test == null) return null;
        ComposeMap out = new ComposeMap(h.location()).put("test", h.keyLocation("command"), test);
        if (test instanceof SeqNode q && "NONE".equals(((ScalarNode) q.get(0)).text())) return out.build();
        out.put("interval", h.keyLocation("interval"), seconds(h, "interval", 30));
        out.put("timeout", h.keyLocation("timeout"), seconds(h, "timeout", 5));
        out.put("retries", h.keyLocation("retries"), count(h));
        out.put("start_period", h.keyLocation("startPeriod"), seconds(h, "startPeriod", 0));
        return out.build();
    }

    private static Node test(JsonObject h) {
        Node command = h.stringsOrString("command");
        if (!(command instanceof SeqNode q)) return command;
        String first = q.size() == 0 ? null : ((ScalarNode) q.get(0)).text();
        if (first != null && TEST_KINDS.contains(first)) return q;
        Node at = q.size() == 0 ? q : q.get(0);
        h.diags().error(at.location(), h.pathOf("command"),
                "must start with \"CMD\", \"CMD-SHELL\" or \"NONE\", got " + (first == null ? "an empty array" : "\"" + first + "\""),
                "write [\"CMD-SHELL\", \"curl -f http://localhost/ || exit 1\"]");
        return null;
    }

    private static ScalarNode seconds(JsonObject h, String key, long ecsDefault) {
        SourceLocation at = h.has(key) ? h.get(key).location() : h.location();
        Long s = h.has(key) ? h.integer(key, "a number of seconds") : Long.valueOf(ecsDefault);
        return s == null ? null : ScalarNode.string(s + "s", at);
    }

    private static ScalarNode count(JsonObject h) {
        if (!h.has("retries")) return ScalarNode.integer(3, h.location());
        return h.integerNode("retries", "a number");
    }
}
