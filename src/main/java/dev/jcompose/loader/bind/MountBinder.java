package dev.jcompose.loader.bind;

import dev.jcompose.diag.YamlPath;
import dev.jcompose.loader.tree.Node;
import dev.jcompose.model.Mount;
import dev.jcompose.model.MountType;

import static dev.jcompose.loader.bind.ValueReader.child;

/** Binds a long-form service volume; a bind mount creates its host path unless told otherwise, as in compose. */
final class MountBinder {

    private final ValueReader r;

    MountBinder(ValueReader reader) {
        this.r = reader;
    }

    Mount bind(Node n, YamlPath path) {
        Node typeNode = child(n, "type");
        String typeText = r.string(typeNode);
        MountType type = typeText == null ? MountType.VOLUME : MountType.fromId(typeText);
        if (type == null) {
            return r.fail(typeNode, path.key("type"), "\"" + typeText
                    + "\" is not a valid mount type (allowed: bind, volume, tmpfs, npipe, cluster, image)");
        }
        return new Mount(type, r.string(child(n, "source")), r.string(child(n, "target")),
                r.flag(child(n, "read_only"), path.key("read_only")),
                r.string(child(n, "consistency")),
                bindOptions(type, child(n, "bind"), path.key("bind")),
                volumeOptions(child(n, "volume"), path.key("volume")),
                tmpfsOptions(child(n, "tmpfs"), path.key("tmpfs")),
                child(n, "image") == null ? null : new Mount.ImageOptions(r.string(child(child(n, "image"), "subpath"))));
    }

    private Mount.BindOptions bindOptions(MountType type, Node n, YamlPath path) {
        // Without a `bind:` map the long syntax means what the engine's Mounts API does: a missing source is an
        // error. The short syntax asks for creation explicitly (the normaliser writes create_host_path: true).
        if (n == null) return null;
        Boolean create = r.bool(child(n, "create_host_path"), path.key("create_host_path"));
        return new Mount.BindOptions(create == null || create, r.string(child(n, "propagation")),
                r.string(child(n, "selinux")), r.string(child(n, "recursive")));
    }

    private Mount.VolumeOptions volumeOptions(Node n, YamlPath path) {
        if (n == null) return null;
        return new Mount.VolumeOptions(r.flag(child(n, "nocopy"), path.key("nocopy")), r.string(child(n, "subpath")),
                r.stringMap(child(n, "labels")));
    }

    private Mount.TmpfsOptions tmpfsOptions(Node n, YamlPath path) {
        if (n == null) return null;
        return new Mount.TmpfsOptions(r.bytes(child(n, "size"), path.key("size")),
                r.octal(child(n, "mode"), path.key("mode")));
    }
}
