package dev.jcompose.loader.dockerrun;

import dev.jcompose.diag.Diagnostics;
import dev.jcompose.diag.YamlPath;
import dev.jcompose.loader.tree.MapNode;
import dev.jcompose.loader.tree.Node;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads an AWS Elastic Beanstalk {@code Dockerrun.aws.json} (versions 1 and 2) into a raw compose tree, which then
 * goes through the compose pipeline like any compose file. Every node of the tree carries its location in the JSON
 * file, so later errors point at the JSON line that caused them.
 */
public final class DockerrunReader {

    /** Enough to recognise a Dockerrun file that does not even parse, so its syntax error is reported as JSON. */
    private static final Pattern VERSION_KEY = Pattern.compile("\\A\\uFEFF?\\s*\\{[^{}\\[\\]]*?\"" + DockerrunVersion.KEY + "\"\\s*:");

    private DockerrunReader() {
    }

    /** {@link #read(String, String, SourceBundle, Diagnostics)} of a file with no source bundle around it. */
    public static MapNode read(String text, String fileLabel, Diagnostics diags) {
        return read(text, fileLabel, SourceBundle.NONE, diags);
    }

    /**
     * The compose tree ({@code services}, and {@code volumes} when named volumes are used), or null when the file has
     * errors; every problem is reported to {@code diags}, warnings included. {@code bundle} is where a version 1 file
     * without an image finds the Dockerfile to build.
     */
    public static MapNode read(String text, String fileLabel, SourceBundle bundle, Diagnostics diags) {
        int errorsBefore = diags.errors().size();
        Node root = JsonTreeParser.parse(text, fileLabel, diags);
        if (root == null) return null;
        if (!(root instanceof MapNode map)) {
            diags.error(root.location(), YamlPath.ROOT, "a Dockerrun file must be a JSON object, got " + JsonValues.describe(root));
            return null;
        }
        int version = DockerrunVersion.detect(map, diags);
        if (version == 0) return null;
        MapNode compose = version == 1
                ? SingleContainerMapper.map(JsonObject.of(map, YamlPath.ROOT, SingleContainerMapper.ROOT, diags), bundle)
                : MultiContainerMapper.map(JsonObject.of(map, YamlPath.ROOT, MultiContainerMapper.ROOT, diags));
        return diags.errors().size() > errorsBefore ? null : compose;
    }

    /**
     * True for a file named {@code Dockerrun.aws.json} (any case, or any other {@code *.aws.json}), or for a JSON
     * object that has an {@code AWSEBDockerrunVersion} key at its top level.
     */
    public static boolean looksLikeDockerrun(String fileName, String text) {
        if (fileName != null) {
            String base = fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
            if (base.toLowerCase(Locale.ROOT).endsWith(".aws.json")) return true;
        }
        if (text == null) return false;
        String start = text.stripLeading();
        if (!start.startsWith("{") && !start.startsWith("\uFEFF")) return false;
        Node root = JsonTreeParser.parse(text, "", new Diagnostics());
        if (root instanceof MapNode m) return m.has(DockerrunVersion.KEY);
        return root == null && VERSION_KEY.matcher(text).find();
    }
}
