package dev.jcompose.loader.merge;

import dev.jcompose.loader.tree.MapNode;
import dev.jcompose.loader.tree.Node;
import dev.jcompose.loader.tree.Nodes;

import java.util.function.Function;

/**
 * What makes an entry of a keyed sequence unique: two entries with the same key are the same resource, and the
 * later one replaces the earlier one in place. Entries are in long form.
 */
final class SequenceKeys {

    private SequenceKeys() {
    }

    /** Plain values: the entry is its own key (dns, cap_add, profiles, ...). */
    static final Function<Node, String> VALUE = Nodes::text;

    /** {@code host_ip:published:target/protocol}, with the engine's defaults filled in so that equal ports match. */
    static final Function<Node, String> PORT = n -> {
        if (!(n instanceof MapNode m)) return Nodes.text(n);
        return or(field(m, "host_ip"), "0.0.0.0") + ":" + or(field(m, "published"), "") + ":"
                + field(m, "target") + "/" + or(field(m, "protocol"), "tcp");
    };

    /** The path in the container: volumes and devices. */
    static final Function<Node, String> TARGET = n -> n instanceof MapNode m ? field(m, "target") : Nodes.text(n);

    static final Function<Node, String> SECRET = mount("/run/secrets/");

    static final Function<Node, String> CONFIG = mount("/");

    static final Function<Node, String> PATH = n -> n instanceof MapNode m ? field(m, "path") : Nodes.text(n);

    static final Function<Node, String> SUBNET = n -> n instanceof MapNode m ? field(m, "subnet") : Nodes.text(n);

    /** Secrets and configs are mounted at their target, which defaults to a path named after the source. */
    private static Function<Node, String> mount(String defaultDir) {
        return n -> {
            if (!(n instanceof MapNode m)) return defaultDir + Nodes.text(n);
            String target = field(m, "target");
            return target != null ? target : defaultDir + field(m, "source");
        };
    }

    private static String field(MapNode m, String key) {
        return Nodes.text(m.get(key));
    }

    private static String or(String value, String fallback) {
        return value == null ? fallback : value;
    }
}
