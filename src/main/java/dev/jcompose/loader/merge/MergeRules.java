package dev.jcompose.loader.merge;

import dev.jcompose.loader.tree.Node;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The exceptions to "mappings merge, sequences append, scalars are replaced", by attribute path
 * ({@code *} matches any one key). These follow the Compose Specification and Docker Compose.
 */
final class MergeRules {

    sealed interface Rule permits Replace, Keyed, Logging {
    }

    /** The override's value replaces the base's whole. */
    record Replace() implements Rule {
    }

    /** Sequences append, but an entry whose key is already present replaces that entry in place. */
    record Keyed(Function<Node, String> key) implements Rule {
    }

    /** Logging options merge only when both sides use the same driver (or one names none). */
    record Logging() implements Rule {
    }

    private static final Map<String, Rule> RULES = new LinkedHashMap<>();

    static {
        // an override naming a host in extra_hosts gives that host's addresses, as it would a single address
        for (String attribute : List.of("command", "entrypoint", "healthcheck.test", "ulimits.*", "extra_hosts.*",
                "build.extra_hosts.*")) {
            RULES.put("services.*." + attribute, new Replace());
        }
        RULES.put("services.*.logging", new Logging());
        RULES.put("services.*.ports", new Keyed(SequenceKeys.PORT));
        RULES.put("services.*.volumes", new Keyed(SequenceKeys.TARGET));
        RULES.put("services.*.devices", new Keyed(SequenceKeys.TARGET));
        RULES.put("services.*.secrets", new Keyed(SequenceKeys.SECRET));
        RULES.put("services.*.configs", new Keyed(SequenceKeys.CONFIG));
        RULES.put("services.*.env_file", new Keyed(SequenceKeys.PATH));
        for (String attribute : List.of("expose", "dns", "dns_search", "dns_opt", "tmpfs", "cap_add", "cap_drop",
                "links", "external_links", "security_opt", "volumes_from", "group_add", "profiles",
                "networks.*.aliases", "networks.*.link_local_ips", "build.tags", "build.platforms")) {
            RULES.put("services.*." + attribute, new Keyed(SequenceKeys.VALUE));
        }
        RULES.put("networks.*.ipam.config", new Keyed(SequenceKeys.SUBNET));
    }

    private MergeRules() {
    }

    /** The rule for the attribute at {@code path}, or null when the general rules apply. */
    static Rule at(List<String> path) {
        for (Map.Entry<String, Rule> r : RULES.entrySet()) {
            if (matches(r.getKey().split("\\."), path)) return r.getValue();
        }
        return null;
    }

    private static boolean matches(String[] pattern, List<String> path) {
        if (pattern.length != path.size()) return false;
        for (int i = 0; i < pattern.length; i++) {
            if (!pattern[i].equals("*") && !pattern[i].equals(path.get(i))) return false;
        }
        return true;
    }
}
