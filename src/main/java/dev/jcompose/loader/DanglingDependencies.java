package dev.jcompose.loader;

import dev.jcompose.diag.Diagnostics;
import dev.jcompose.diag.Suggestions;
import dev.jcompose.diag.YamlPath;
import dev.jcompose.loader.tree.MapNode;
import dev.jcompose.loader.tree.Node;
import dev.jcompose.loader.tree.Nodes;
import dev.jcompose.loader.tree.SeqNode;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A {@code depends_on} naming no service of the files, found on the files as parsed, so that it is reported with
 * the problems that stop the load before the semantic checks (which find it on a valid project). Only when every
 * file parsed and none includes others: otherwise the services they define are not all known here.
 */
final class DanglingDependencies {

    private DanglingDependencies() {
    }

    /** @param documents every file as parsed, valid or not; null when one of them could not be parsed */
    static void check(List<MapNode> documents, Diagnostics diags) {
        if (documents == null) return;
        Set<String> defined = new LinkedHashSet<>();
        for (MapNode doc : documents) {
            if (doc.has("include")) return;
            if (doc.get("services") instanceof MapNode services) {
                for (MapNode.Entry e : services.entries()) defined.add(e.name());
            }
        }
        for (MapNode doc : documents) {
            if (!(doc.get("services") instanceof MapNode services)) continue;
            for (MapNode.Entry e : services.entries()) {
                if (!(e.value() instanceof MapNode service)) continue;
                YamlPath at = YamlPath.of("services", e.name()).key("depends_on");
                Node deps = service.get("depends_on");
                if (deps instanceof SeqNode list) {
                    for (int i = 0; i < list.size(); i++) {
                        String dep = Nodes.text(list.get(i));
                        if (dep != null) check(dep, list.get(i), at, defined, diags);
                    }
                } else if (deps instanceof MapNode map) {
                    for (MapNode.Entry d : map.entries()) check(d.name(), d.key(), at, defined, diags);
                }
            }
        }
    }

    private static void check(String dep, Node where, YamlPath at, Set<String> defined, Diagnostics diags) {
        if (defined.contains(dep)) return;
        diags.error(where.location(), at.key(dep), "refers to undefined service \"" + dep + "\"",
                Suggestions.didYouMean(dep, defined));
    }
}
