package dev.jcompose.loader.normalize;

import dev.jcompose.diag.Diagnostics;
import dev.jcompose.diag.SourceLocation;
import dev.jcompose.diag.YamlPath;
import dev.jcompose.loader.tree.MapNode;
import dev.jcompose.loader.tree.Node;
import dev.jcompose.loader.tree.Nodes;
import dev.jcompose.loader.tree.ScalarNode;
import dev.jcompose.loader.tree.ScalarType;
import dev.jcompose.loader.tree.SeqNode;
import dev.jcompose.loader.tree.Tag;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/** One service definition in long syntax. Attributes without a short syntax pass through unchanged. */
final class ServiceNormalizer {

    private static final Pattern INTEGER = Pattern.compile("-?\\d+");
    private static final Set<String> LABEL_LIKE_ATTRIBUTES = Set.of("labels", "annotations", "sysctls");
    private static final Set<String> STRING_OR_LIST_ATTRIBUTES = Set.of("tmpfs", "dns", "dns_search", "dns_opt");

    private final HostPaths paths;
    private final EnvFiles envFiles;
    private final LabelFiles labelFiles;
    private final Function<String, String> lookup;
    private final Diagnostics diags;

    /** @param lookup the environment: the value of an {@code environment} or {@code build.args} entry without one */
    ServiceNormalizer(HostPaths paths, EnvFiles envFiles, LabelFiles labelFiles, Function<String, String> lookup,
                      Diagnostics diags) {
        this.paths = paths;
        this.lookup = lookup;
        this.envFiles = envFiles;
        this.labelFiles = labelFiles;
        this.diags = diags;
    }

    MapNode normalize(MapNode service, YamlPath path) {
        List<MapNode.Entry> out = new ArrayList<>(service.size());
        for (MapNode.Entry e : service.entries()) {
            Node value = Trees.isExtension(e.name()) ? e.value() : attribute(e.name(), e.value(), path.key(e.name()));
            out.add(new MapNode.Entry(e.key(), value));
        }
        MapNode result = foldLabelFiles(foldEnvFiles(service.withEntries(out), service, path), service, path);
        Node environment = result.get("environment");
        if (environment == null) return result;
        return result.with("environment", KeyValues.resolved(environment, lookup, false));
    }

    private Node attribute(String name, Node value, YamlPath path) {
        if (value.isNull()) return value;
        if (name.equals("environment")) return KeyValues.toMap(value);
        if (LABEL_LIKE_ATTRIBUTES.contains(name)) return KeyValues.nullsAsEmpty(KeyValues.toMap(value));
        if (STRING_OR_LIST_ATTRIBUTES.contains(name)) return Trees.asSeq(value);
        return switch (name) {
            case "build" -> build(value);
            case "command", "entrypoint" -> shellCommand(value, path);
            case "env_file" -> envFiles.toLong(value);
            case "label_file" -> labelFiles.toLong(value);
            case "gpus" -> gpus(value);
            case "extra_hosts" -> ExtraHosts.toMap(value);
            case "depends_on" -> dependsOn(value);
            case "networks", "models" -> listToNullMap(value);
            case "ports" -> ports(value, path);
            case "expose" -> eachItem(value, Trees::asString);
            case "volumes" -> volumes(value, path);
            case "healthcheck" -> healthcheck(value);
            case "ulimits" -> ulimits(value);
            case "devices" -> eachItem(value, Devices::toLong);
            case "secrets", "configs" -> eachItem(value, ServiceNormalizer::fileReference);
            case "deploy" -> deploy(value);
            case "post_start", "pre_stop" -> hooks(value, path);
            case "develop" -> develop(value, path);
            default -> value;
        };
    }

    private MapNode foldEnvFiles(MapNode result, MapNode original, YamlPath path) {
        if (!(result.get("env_file") instanceof SeqNode files)) return result;
        Node environment = result.get("environment");
        MapNode env = environment instanceof MapNode m ? m : null;
        boolean asList = original.get("env_file") instanceof SeqNode;
        MapNode folded = envFiles.fold(files, asList, env, files, path.key("env_file"));
        if (env == null && folded.size() == 0) return result;
        return result.with(new ScalarNode("environment", ScalarType.STRING, files.location(), Tag.NONE), folded);
    }

    private MapNode foldLabelFiles(MapNode result, MapNode original, YamlPath path) {
        if (!(result.get("label_file") instanceof SeqNode files) || files.size() == 0) return result;
        MapNode labels = result.get("labels") instanceof MapNode m ? m : null;
        boolean asList = original.get("label_file") instanceof SeqNode;
        MapNode folded = labelFiles.fold(files, asList, labels, path.key("label_file"));
        if (labels == null && folded.size() == 0) return result;
        return result.with(new ScalarNode("labels", ScalarType.STRING, files.location(), Tag.NONE), folded);
    }

    /** {@code gpus: all} is every GPU: {@code [{count: all}]}, as Compose reads it. */
    private static Node gpus(Node value) {
        if (!(value instanceof ScalarNode s)) return value;
        MapNode all = Trees.map(List.of(Trees.entry("count", Trees.string("all", s.location()))), s);
        return Trees.seq(List.of(all), s);
    }

    private Node build(Node value) {
        if (value instanceof ScalarNode s) {
            return Trees.map(List.of(Trees.entry("context", s.withText(paths.context(s.text())).withTag(Tag.NONE))), s);
        }
        if (!(value instanceof MapNode m)) return value;
        List<MapNode.Entry> out = new ArrayList<>(m.size());
        for (MapNode.Entry e : m.entries()) {
            Node v = e.value();
            if (e.name().equals("context") && v instanceof ScalarNode s && s.text() != null) {
                v = s.withText(paths.context(s.text())).withTag(s.tag());
            } else if (e.name().equals("args")) {
                v = KeyValues.resolved(KeyValues.toMap(v), lookup, true);
            } else if (e.name().equals("labels")) {
                v = KeyValues.nullsAsEmpty(KeyValues.toMap(v));
            } else if (e.name().equals("additional_contexts")) {
                v = additionalContexts(KeyValues.toMap(v));
            } else if (e.name().equals("extra_hosts")) {
                v = ExtraHosts.toMap(v);
            } else if (e.name().equals("ssh")) {
                v = sshPaths(v);
            }
            out.add(new MapNode.Entry(e.key(), v));
        }
        return m.withEntries(out);
    }

    /** The key files of {@code build.ssh} ({@code id=path}, or a mapping id → path) are host paths. */
    private Node sshPaths(Node ssh) {
        if (ssh instanceof MapNode m) {
            List<MapNode.Entry> out = new ArrayList<>(m.size());
            for (MapNode.Entry e : m.entries()) {
                Node v = e.value();
                if (v instanceof ScalarNode s && s.text() != null && !s.text().isEmpty()) {
                    v = s.withText(paths.written(s.text()));
                }
                out.add(new MapNode.Entry(e.key(), v));
            }
            return m.withEntries(out);
        }
        return eachItem(ssh, item -> {
            if (!(item instanceof ScalarNode s) || s.text() == null) return item;
            int eq = s.text().indexOf('=');
            if (eq < 0 || eq == s.text().length() - 1) return item;
            return s.withText(s.text().substring(0, eq + 1) + paths.written(s.text().substring(eq + 1)));
        });
    }

    /** Named build contexts that are local paths become absolute; images, services and URLs stay as written. */
    private Node additionalContexts(Node contexts) {
        if (!(contexts instanceof MapNode m)) return contexts;
        List<MapNode.Entry> out = new ArrayList<>(m.size());
        for (MapNode.Entry e : m.entries()) {
            Node v = e.value();
            if (v instanceof ScalarNode s && s.text() != null && !s.text().contains(":")) {
                v = s.withText(paths.written(s.text())).withTag(s.tag());
            }
            out.add(new MapNode.Entry(e.key(), v));
        }
        return m.withEntries(out);
    }

    private Node shellCommand(Node value, YamlPath path) {
        if (!(value instanceof ScalarNode s)) return value;
        try {
            List<Node> words = new ArrayList<>();
            for (String w : ShellWords.split(s.text())) words.add(ScalarNode.string(w, s.location()));
            return Trees.seq(words, s);
        } catch (ShellWords.SyntaxException e) {
            diags.error(s.location(), path, "\"" + s.text() + "\" " + e.getMessage());
            return value;
        }
    }

    private static Node dependsOn(Node value) {
        if (!(value instanceof SeqNode seq)) return value;
        List<MapNode.Entry> out = new ArrayList<>(seq.size());
        for (Node item : seq.items()) {
            SourceLocation loc = item.location();
            MapNode condition = Trees.map(List.of(Trees.entry("condition", Trees.string("service_started", loc))), loc);
            out.add(Trees.entry(Nodes.text(item), loc, condition));
        }
        return Trees.map(out, seq);
    }

    private static Node listToNullMap(Node value) {
        if (!(value instanceof SeqNode seq)) return value;
        List<MapNode.Entry> out = new ArrayList<>(seq.size());
        for (Node item : seq.items()) {
            out.add(Trees.entry(Nodes.text(item), item.location(), ScalarNode.nullNode(item.location())));
        }
        return Trees.map(out, seq);
    }

    private Node ports(Node value, YamlPath path) {
        if (!(value instanceof SeqNode seq)) return value;
        List<Node> out = new ArrayList<>();
        for (int i = 0; i < seq.size(); i++) out.addAll(PortSyntax.toLong(seq.get(i), path.index(i), diags));
        return seq.withItems(out);
    }

    private Node volumes(Node value, YamlPath path) {
        if (!(value instanceof SeqNode seq)) return value;
        List<Node> out = new ArrayList<>(seq.size());
        for (int i = 0; i < seq.size(); i++) {
            Node v = VolumeSyntax.toLong(seq.get(i), paths, path.index(i), diags);
            if (v != null) out.add(v);
        }
        return seq.withItems(out);
    }

    private static Node healthcheck(Node value) {
        if (!(value instanceof MapNode m)) return value;
        MapNode healthcheck = withoutExtensions(m);
        if (!(healthcheck.get("test") instanceof ScalarNode test) || test.isNull()) return healthcheck;
        SourceLocation loc = test.location();
        SeqNode shell = Trees.seq(List.of(Trees.string("CMD-SHELL", loc), test.withTag(Tag.NONE)), test);
        return healthcheck.with("test", shell);
    }

    private static Node ulimits(Node value) {
        if (!(value instanceof MapNode m)) return value;
        List<MapNode.Entry> out = new ArrayList<>(m.size());
        for (MapNode.Entry e : m.entries()) {
            Node v = e.value();
            if (v instanceof ScalarNode s && s.text() != null && INTEGER.matcher(s.text()).matches()) {
                ScalarNode n = ScalarNode.integer(Long.parseLong(s.text()), s.location());
                v = Trees.map(List.of(Trees.entry("soft", n), Trees.entry("hard", n)), s);
            }
            out.add(new MapNode.Entry(e.key(), v));
        }
        return m.withEntries(out);
    }

    private static Node fileReference(Node item) {
        if (item instanceof ScalarNode s && s.text() != null) {
            return Trees.map(List.of(Trees.entry("source", s.withTag(Tag.NONE))), s);
        }
        return item;
    }

    private static Node deploy(Node value) {
        if (!(value instanceof MapNode m)) return value;
        MapNode out = withoutExtensions(m);
        return out.has("labels") ? out.with("labels", KeyValues.toMap(out.get("labels"))) : out;
    }

    private Node hooks(Node value, YamlPath path) {
        if (!(value instanceof SeqNode seq)) return value;
        List<Node> out = new ArrayList<>(seq.size());
        for (int i = 0; i < seq.size(); i++) out.add(hook(seq.get(i), path.index(i)));
        return seq.withItems(out);
    }

    /** A hook's (or a watch rule's exec) command is split like the service's own {@code command}. */
    private Node hook(Node value, YamlPath path) {
        if (!(value instanceof MapNode m)) return value;
        MapNode out = m;
        if (m.get("command") instanceof ScalarNode command && !command.isNull()) {
            out = out.with("command", shellCommand(command, path.key("command")));
        }
        if (m.get("environment") != null && !m.get("environment").isNull()) {
            out = out.with("environment", KeyValues.toMap(m.get("environment")));
        }
        return out;
    }

    /** Watch rules: the watched path is a host path, made absolute; {@code exec} is a hook. */
    private Node develop(Node value, YamlPath path) {
        if (!(value instanceof MapNode m) || !(m.get("watch") instanceof SeqNode watch)) return value;
        List<Node> rules = new ArrayList<>(watch.size());
        for (int i = 0; i < watch.size(); i++) {
            Node rule = watch.get(i);
            if (rule instanceof MapNode r) {
                if (r.get("path") instanceof ScalarNode p && p.text() != null) {
                    r = r.with("path", p.withText(paths.written(p.text())));
                }
                if (r.get("exec") != null) {
                    r = r.with("exec", hook(r.get("exec"), path.key("watch").index(i).key("exec")));
                }
                rule = r;
            }
            rules.add(rule);
        }
        return m.with("watch", watch.withItems(rules));
    }

    private static Node eachItem(Node value, java.util.function.UnaryOperator<Node> f) {
        if (!(value instanceof SeqNode seq)) return value;
        List<Node> out = new ArrayList<>(seq.size());
        for (Node item : seq.items()) out.add(f.apply(item));
        return seq.withItems(out);
    }

    static MapNode withoutExtensions(MapNode m) {
        Map<String, MapNode.Entry> kept = new LinkedHashMap<>();
        for (MapNode.Entry e : m.entries()) if (!Trees.isExtension(e.name())) kept.put(e.name(), e);
        return kept.size() == m.size() ? m : m.withEntries(new ArrayList<>(kept.values()));
    }
}
