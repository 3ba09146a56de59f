package dev.jcompose.loader.dockerrun;

import dev.jcompose.loader.tree.Node;
import dev.jcompose.loader.tree.ScalarNode;
import dev.jcompose.loader.tree.SeqNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** ECS {@code linuxParameters} to the compose service attributes they correspond to. */
final class LinuxParametersMapper {

    private static final Keys LINUX = Keys.of("capabilities", "initProcessEnabled", "sharedMemorySize", "tmpfs", "devices")
            .ignoring("maxSwap", "swap limits are not mapped")
            .ignoring("swappiness", "swap limits are not mapped");
    private static final Keys CAPABILITIES = Keys.of("add", "drop");
    private static final Keys TMPFS = Keys.of("containerPath", "size", "mountOptions");
    private static final Keys DEVICE = Keys.of("hostPath", "containerPath", "permissions");
    private static final Map<String, String> PERMISSIONS = Map.of("read", "r", "write", "w", "mknod", "m");

    private LinuxParametersMapper() {
    }

    static void map(JsonObject def, ComposeMap service) {
        JsonObject linux = def.object("linuxParameters", LINUX);
        if (linux == null) return;
        JsonObject caps = linux.object("capabilities", CAPABILITIES);
        if (caps != null) {
            service.put("cap_add", caps.keyLocation("add"), caps.strings("add"));
            service.put("cap_drop", caps.keyLocation("drop"), caps.strings("drop"));
        }
        service.put("init", linux.keyLocation("initProcessEnabled"), linux.boolNode("initProcessEnabled"));
        Long shm = linux.integer("sharedMemorySize", "a number of MiB");
        if (shm != null) {
            service.put("shm_size", linux.keyLocation("sharedMemorySize"),
                    ScalarNode.string(shm + "m", linux.get("sharedMemorySize").location()));
        }
        service.put("tmpfs", linux.keyLocation("tmpfs"), tmpfs(linux));
        service.put("devices", linux.keyLocation("devices"), devices(linux));
    }

    /** {@code path:size=Nm[,options]}, the form Docker's tmpfs option takes. */
    private static SeqNode tmpfs(JsonObject linux) {
        SeqNode list = linux.array("tmpfs");
        if (list == null) return null;
        List<Node> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            JsonObject t = JsonObject.of(list.get(i), linux.pathOf("tmpfs").index(i), TMPFS, linux.diags());
            if (t == null) continue;
            String path = t.requiredString("containerPath");
            Long size = t.require("size") ? t.integer("size", "a number of MiB") : null;
            Node options = t.strings("mountOptions");
            if (path == null || size == null) continue;
            StringBuilder b = new StringBuilder(path).append(":size=").append(size).append('m');
            if (options instanceof SeqNode q) for (Node o : q.items()) b.append(',').append(((ScalarNode) o).text());
            out.add(ScalarNode.string(b.toString(), t.location()));
        }
        return SeqNode.of(out, list.location());
    }

    /** {@code host:container[:rwm]}. */
    private static SeqNode devices(JsonObject linux) {
        SeqNode list = linux.array("devices");
        if (list == null) return null;
        List<Node> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            JsonObject d = JsonObject.of(list.get(i), linux.pathOf("devices").index(i), DEVICE, linux.diags());
            if (d == null) continue;
            String host = d.requiredString("hostPath");
            String container = d.has("containerPath") ? d.string("containerPath") : host;
            String permissions = permissions(d);
            if (host == null || container == null || permissions == null) continue;
            String entry = host + ":" + container + (permissions.isEmpty() ? "" : ":" + permissions);
            out.add(ScalarNode.string(entry, d.location()));
        }
        return SeqNode.of(out, list.location());
    }

    private static String permissions(JsonObject d) {
        Node list = d.strings("permissions");
        if (!(list instanceof SeqNode q)) return "";
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < q.size(); i++) {
            String p = ((ScalarNode) q.get(i)).text();
            String letter = PERMISSIONS.get(p);
            if (letter == null) {
                d.diags().error(q.get(i).location(), d.pathOf("permissions").index(i),
                        "\"" + p + "\" is not a valid permission (allowed: read, write, mknod)");
                return null;
            }
            b.append(letter);
        }
        return b.toString();
    }
}
