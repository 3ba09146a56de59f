package dev.jcompose.loader;

import dev.jcompose.diag.Diagnostics;
import dev.jcompose.diag.SourceLocation;
import dev.jcompose.diag.YamlPath;
import dev.jcompose.loader.dockerrun.DockerrunReader;
import dev.jcompose.loader.dockerrun.SourceBundle;
import dev.jcompose.loader.interpolate.Interpolator;
import dev.jcompose.loader.normalize.Normalizer;
import dev.jcompose.loader.tree.MapNode;
import dev.jcompose.loader.tree.Node;
import dev.jcompose.loader.validate.SchemaValidator;
import dev.jcompose.loader.yaml.YamlReader;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The per-file stages: parse (compose YAML or Dockerrun JSON) → interpolate → validate → normalise to the long
 * syntax with relative paths resolved against {@code baseDir}. Returns null when the file cannot be understood;
 * the reasons are in the diagnostics.
 */
final class DocumentLoader {

    private final Map<String, String> environment;
    private final boolean interpolate;
    private final boolean resolvePaths;
    private final Diagnostics diags;
    private final List<MapNode> parsed = new ArrayList<>();
    private boolean unparsed;

    DocumentLoader(Map<String, String> environment, boolean interpolate, boolean resolvePaths, Diagnostics diags) {
        this.environment = environment;
        this.interpolate = interpolate;
        this.resolvePaths = resolvePaths;
        this.diags = diags;
    }

    Map<String, String> environment() {
        return environment;
    }

    /** Every file loaded so far as parsed (valid or not); null when one of them could not be parsed. */
    List<MapNode> parsed() {
        return unparsed ? null : List.copyOf(parsed);
    }

    MapNode load(SourceFile file, Path baseDir) {
        MapNode raw = parse(file, baseDir);
        if (raw == null) {
            unparsed = true;
            return null;
        }
        parsed.add(raw);
        int errorsBefore = diags.errors().size();
        SchemaValidator.validate(raw, diags);
        // The later stages assume a valid shape; on an invalid file they would only repeat the schema's findings.
        if (diags.errors().size() > errorsBefore) return null;
        return Normalizer.normalize(raw, baseDir, environment::get, diags, resolvePaths);
    }

    private MapNode parse(SourceFile file, Path baseDir) {
        String name = file.path() == null ? "-" : file.path().getFileName().toString();
        if (DockerrunReader.looksLikeDockerrun(name, file.text())) {
            // Elastic Beanstalk does not interpolate; a '$' in a Dockerrun value is literal.
            SourceBundle bundle = baseDir == null ? SourceBundle.NONE : SourceBundle.in(baseDir);
            return DockerrunReader.read(file.text(), file.label(), bundle, diags);
        }
        int before = diags.count();
        Node doc = YamlReader.read(file.text(), file.label(), diags);
        if (doc == null) {
            if (diags.count() == before) {
                diags.error(SourceLocation.of(file.label(), 1, 1), YamlPath.ROOT, "empty compose file",
                        "a compose file needs at least a `services:` section");
            }
            return null;
        }
        if (!(doc instanceof MapNode map)) {
            diags.error(doc.location(), YamlPath.ROOT, "top-level must be a mapping, got " + doc.kindName());
            return null;
        }
        if (!interpolate) return map;
        Node interpolated = Interpolator.interpolate(map, environment::get, diags);
        return (MapNode) interpolated;
    }
}
