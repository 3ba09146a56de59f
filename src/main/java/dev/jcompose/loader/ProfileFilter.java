package dev.jcompose.loader;

import dev.jcompose.diag.Diagnostics;
import dev.jcompose.diag.YamlPath;
import dev.jcompose.loader.tree.MapNode;
import dev.jcompose.loader.tree.Node;
import dev.jcompose.loader.tree.Nodes;
import dev.jcompose.loader.tree.SeqNode;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Drops the services whose profiles are all inactive. A service without profiles is always on; {@code *} turns on
 * every profile. An enabled service that needs a disabled one (a required {@code depends_on}, a link,
 * {@code volumes_from} or a {@code service:} namespace) is an error that names the profile to enable;
 * a {@code required: false} dependency on a disabled service is kept, as Compose keeps it, and skipped at startup.
 */
final class ProfileFilter {

    private ProfileFilter() {
    }

    static Set<String> allProfiles(MapNode tree) {
        Set<String> all = new TreeSet<>();
        if (tree.get("services") instanceof MapNode services) {
            for (MapNode.Entry e : services.entries()) all.addAll(profilesOf(e.value()));
        }
        return all;
    }

    static MapNode apply(MapNode tree, Set<String> active, Diagnostics diags) {
        if (!(tree.get("services") instanceof MapNode services)) return tree;
        Set<String> enabled = new LinkedHashSet<>();
        for (MapNode.Entry e : services.entries()) {
            List<String> p = profilesOf(e.value());
            if (p.isEmpty() || active.contains("*") || p.stream().anyMatch(active::contains)) enabled.add(e.name());
        }
        // With every service enabled no reference can point at a disabled one.
        if (enabled.size() == services.size()) return tree;
        List<MapNode.Entry> kept = new ArrayList<>();
        for (MapNode.Entry e : services.entries()) {
            if (!enabled.contains(e.name())) continue;
            MapNode svc = e.value() instanceof MapNode m ? m : null;
            if (svc != null) svc = checkReferences(e.name(), svc, services, enabled, diags);
            kept.add(new MapNode.Entry(e.key(), svc == null ? e.value() : svc));
        }
        return tree.with("services", services.withEntries(kept));
    }

    /** The services of {@code tree} that {@link #apply} left out of {@code filtered}, as a services map. */
    static MapNode disabledServices(MapNode tree, MapNode filtered) {
        if (!(tree.get("services") instanceof MapNode all) || filtered.get("services") == all) return null;
        MapNode kept = (MapNode) filtered.get("services");
        List<MapNode.Entry> out = new ArrayList<>();
        for (MapNode.Entry e : all.entries()) if (!kept.has(e.name())) out.add(e);
        return out.isEmpty() ? null : all.withEntries(out);
    }

    private static MapNode checkReferences(String name, MapNode svc, MapNode all, Set<String> enabled,
                                           Diagnostics diags) {
        YamlPath base = YamlPath.of("services", name);
        if (svc.get("depends_on") instanceof MapNode deps) {
            for (MapNode.Entry d : deps.entries()) {
                if (!all.has(d.name()) || enabled.contains(d.name())) continue;
                boolean required = !(d.value() instanceof MapNode m) || !"false".equals(Nodes.text(m.get("required")));
                if (required) disabled(name, d.name(), d.key().location(), base.key("depends_on").key(d.name()), all, diags);
            }
        }
        for (String key : List.of("links", "volumes_from")) {
            if (!(svc.get(key) instanceof SeqNode seq)) continue;
            for (int i = 0; i < seq.size(); i++) {
                String ref = Nodes.text(seq.get(i));
                if (ref == null || ref.startsWith("container:")) continue;
                String target = ref.split(":", 2)[0];
                if (all.has(target) && !enabled.contains(target)) {
                    disabled(name, target, seq.get(i).location(), base.key(key).index(i), all, diags);
                }
            }
        }
        for (String key : List.of("network_mode", "ipc", "pid", "uts", "cgroup")) {
            String v = Nodes.text(svc.get(key));
            if (v != null && v.startsWith("service:")) {
                String target = v.substring("service:".length());
                if (all.has(target) && !enabled.contains(target)) {
                    disabled(name, target, svc.get(key).location(), base.key(key), all, diags);
                }
            }
        }
        return svc;
    }

    private static void disabled(String from, String to, dev.jcompose.diag.SourceLocation at, YamlPath path,
                                 MapNode all, Diagnostics diags) {
        List<String> profiles = profilesOf(all.get(to));
        diags.error(at, path, "service \"" + from + "\" needs service \"" + to + "\", which is not enabled by any active profile",
                "enable it with " + String.join(" or ", profiles.stream().map(p -> "--profile " + p).toList()));
    }

    private static List<String> profilesOf(Node svc) {
        List<String> out = new ArrayList<>();
        if (svc instanceof MapNode m && m.get("profiles") instanceof SeqNode seq) {
            for (Node n : seq.items()) {
                String t = Nodes.text(n);
                if (t != null) out.add(t);
            }
        }
        return out;
    }
}
