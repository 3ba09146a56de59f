package dev.jcompose.loader.dockerrun;

import dev.jcompose.diag.SourceLocation;
import dev.jcompose.loader.tree.MapNode;
import dev.jcompose.loader.tree.Node;
import dev.jcompose.loader.tree.ScalarNode;
import dev.jcompose.loader.tree.SeqNode;

import java.util.ArrayList;
import java.util.List;

/**
 * Dockerrun version 1 (one container) to a compose project with one service, {@value #SERVICE}. Elastic Beanstalk
 * tags that container's image {@code aws_beanstalk/current-app}; the service is named after it.
 */
final class SingleContainerMapper {

    static final String SERVICE = "app";
    /** Elastic Beanstalk's nginx proxy serves the first container port on port 80. */
    static final long PROXY_PORT = 80;
    static final String LOG_VOLUME = VolumeCatalog.EB_LOG_VOLUME_PREFIX + SERVICE;

    static final Keys ROOT = Keys.of(DockerrunVersion.KEY, "Image", "Ports", "Volumes", "Logging", "Command", "Entrypoint")
            .ignoring("Authentication", "registry credentials come from `docker login` here (Elastic Beanstalk reads a .dockercfg from S3)");
    private static final Keys IMAGE = Keys.of("Name", "Update");
    private static final Keys PORT = Keys.of("ContainerPort", "HostPort");
    private static final Keys VOLUME = Keys.of("HostDirectory", "ContainerDirectory");

    private SingleContainerMapper() {
    }

    static MapNode map(JsonObject root, SourceBundle bundle) {
        ComposeMap service = new ComposeMap(root.location());
        image(root, service, bundle);
        service.put("command", root.keyLocation("Command"), root.stringsOrString("Command"));
        service.put("entrypoint", root.keyLocation("Entrypoint"), root.stringsOrString("Entrypoint"));
        service.put("ports", root.keyLocation("Ports"), ports(root));
        service.put("volumes", root.keyLocation("Volumes"), volumes(root));
        ComposeMap project = new ComposeMap(root.location());
        SourceLocation serviceAt = root.has("Image") ? root.keyLocation("Image") : root.location();
        project.put("services", serviceAt, new ComposeMap(root.location()).put(SERVICE, serviceAt, service.build()).build());
        if (root.has("Logging") && root.string("Logging") != null) {
            SourceLocation at = root.get("Logging").location();
            project.put("volumes", root.keyLocation("Logging"),
                    new ComposeMap(at).put(LOG_VOLUME, at, MapNode.empty(at)).build());
        }
        return project.build();
    }

    /** {@code Image.Name} (or {@code "Image": "name"}); without a name, empty or blank, the Dockerfile is built. */
    private static void image(JsonObject root, ComposeMap service, SourceBundle bundle) {
        Node image = root.get("Image");
        if (image instanceof ScalarNode && !image.isNull()) {
            if (isBlank(image)) built(root, null, service, bundle);
            else service.put("image", root.keyLocation("Image"), ImageNames.checked(root, "Image"));
            return;
        }
        JsonObject o = root.object("Image", IMAGE);
        if (image != null && !image.isNull() && o == null) return;
        if (o != null && o.has("Name") && !isBlank(o.get("Name"))) {
            service.put("image", o.keyLocation("Name"), ImageNames.checked(o, "Name"));
            Boolean update = o.bool("Update");
            if (update != null) {
                service.putString("pull_policy", o.keyLocation("Update"), update ? "always" : "missing", o.get("Update").location());
            }
            return;
        }
        built(root, o, service, bundle);
    }

    private static boolean isBlank(Node value) {
        return value instanceof ScalarNode s && s.text().isBlank();
    }

    /** Without an image name, Elastic Beanstalk builds the Dockerfile of the source bundle. */
    private static void built(JsonObject root, JsonObject image, ComposeMap service, SourceBundle bundle) {
        if (!bundle.hasDockerfile()) {
            String hint = "name the image to run (\"Image\": {\"Name\": \"...\"}), or put a Dockerfile in "
                    + bundle.describe() + ": Elastic Beanstalk builds it";
            if (image == null) {
                root.diags().error(root.location(), root.path(), "\"Image\" is required: there is no Dockerfile to build", hint);
            } else {
                root.diags().error(image.location(), image.path(), "\"Name\" is required: there is no Dockerfile to build", hint);
            }
            return;
        }
        SourceLocation at = root.keyLocation("Image");
        service.putString("build", at, ".", image == null ? root.location() : image.location());
        if (image != null && image.has("Update")) {
            root.diags().warning(image.keyLocation("Update"), image.pathOf("Update"),
                    "ignored: the image is built from the Dockerfile, not pulled");
        }
    }

    private static SeqNode ports(JsonObject root) {
        SeqNode list = root.array("Ports");
        if (list == null) return null;
        List<Node> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            JsonObject p = JsonObject.of(list.get(i), root.pathOf("Ports").index(i), PORT, root.diags());
            if (p == null) continue;
            ScalarNode proxy = i == 0 ? ScalarNode.string(Long.toString(PROXY_PORT), p.location()) : null;
            MapNode port = PortMappings.toComposePort(p, "ContainerPort", "HostPort", null, proxy);
            if (port != null) out.add(port);
        }
        return SeqNode.of(out, list.location());
    }

    private static SeqNode volumes(JsonObject root) {
        SeqNode list = root.array("Volumes");
        List<Node> out = new ArrayList<>();
        SourceLocation listAt = list == null ? root.location() : list.location();
        for (int i = 0; list != null && i < list.size(); i++) {
            JsonObject v = JsonObject.of(list.get(i), root.pathOf("Volumes").index(i), VOLUME, root.diags());
            if (v == null) continue;
            String host = v.requiredString("HostDirectory");
            ScalarNode target = v.require("ContainerDirectory") ? v.text("ContainerDirectory") : null;
            if (host == null || target == null) continue;
            SourceLocation hostAt = v.get("HostDirectory").location();
            out.add(new ComposeMap(v.location())
                    .putString("type", hostAt, "bind", hostAt)
                    .putString("source", v.keyLocation("HostDirectory"), HostPaths.bindSource(host), hostAt)
                    .put("target", v.keyLocation("ContainerDirectory"), target)
                    .put("bind", hostAt, new ComposeMap(hostAt).put("create_host_path", hostAt, ScalarNode.bool(true, hostAt)).build())
                    .build());
        }
        ScalarNode logging = root.text("Logging");
        if (logging != null) {
            SourceLocation at = logging.location();
            out.add(new ComposeMap(at)
                    .putString("type", at, "volume", at)
                    .putString("source", at, LOG_VOLUME, at)
                    .put("target", root.keyLocation("Logging"), logging)
                    .build());
        }
        return out.isEmpty() && list == null ? null : SeqNode.of(out, listAt);
    }
}
