package dev.jcompose.engine.docker;

import static dev.jcompose.engine.docker.JsonTree.array;
import static dev.jcompose.engine.docker.JsonTree.at;
import static dev.jcompose.engine.docker.JsonTree.isTrue;
import static dev.jcompose.engine.docker.JsonTree.number;
import static dev.jcompose.engine.docker.JsonTree.object;
import static dev.jcompose.engine.docker.JsonTree.string;
import static dev.jcompose.engine.docker.JsonTree.stringList;
import static dev.jcompose.engine.docker.JsonTree.strings;
import static dev.jcompose.engine.docker.JsonTree.text;

import dev.jcompose.engine.ContainerSummary;
import dev.jcompose.engine.ImageInfo;
import dev.jcompose.engine.IpamPool;
import dev.jcompose.engine.MountInfo;
import dev.jcompose.engine.MountType;
import dev.jcompose.engine.NetworkInfo;
import dev.jcompose.engine.PublishedPort;
import dev.jcompose.engine.VolumeInfo;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The engine API's JSON answers ({@link JsonTree} values) as the port's records. */
final class JsonAnswers {
    private static final Pattern EXITED = Pattern.compile("^Exited \\((-?\\d+)\\)");
    private static final Pattern HEALTH = Pattern.compile("\\((healthy|unhealthy|health: starting)\\)");

    private JsonAnswers() {
    }

    /** A row of {@code GET /containers/json}. */
    static ContainerSummary container(Object c) {
        List<String> names = stringList(at(c, "Names"));
        String name = names.isEmpty() ? "" : names.get(0).replaceFirst("^/", "");
        String status = text(at(c, "Status"));
        Matcher exited = EXITED.matcher(status);
        Matcher health = HEALTH.matcher(status);
        List<PublishedPort> ports = new ArrayList<>();
        for (Object p : array(at(c, "Ports"))) {
            ports.add(new PublishedPort((int) number(at(p, "PrivatePort"), 0), text(at(p, "Type")),
                    string(at(p, "IP")), (int) number(at(p, "PublicPort"), 0)));
        }
        long created = number(at(c, "Created"), -1);
        return new ContainerSummary(text(at(c, "Id")), name, text(at(c, "Image")), text(at(c, "ImageID")),
                strings(at(c, "Labels")), text(at(c, "State")), status,
                health.find() ? health.group(1).replace("health: ", "") : null,
                created < 0 ? null : Instant.ofEpochSecond(created),
                exited.find() ? Integer.valueOf(exited.group(1)) : null, ports, text(at(c, "Command")),
                mounts(at(c, "Mounts")), List.copyOf(object(at(c, "NetworkSettings", "Networks")).keySet()));
    }

    /** The listing does not give a mount's type; a volume is the mount that has a name. */
    private static List<MountInfo> mounts(Object mounts) {
        List<MountInfo> out = new ArrayList<>();
        for (Object m : array(mounts)) {
            String name = string(at(m, "Name"));
            boolean volume = name != null && !name.isEmpty();
            out.add(new MountInfo(volume ? MountType.VOLUME : MountType.BIND, volume ? name : null,
                    string(at(m, "Source")), string(at(m, "Destination")), !Boolean.FALSE.equals(at(m, "RW"))));
        }
        return out;
    }

    /** {@code GET /networks/{id}} or a row of {@code GET /networks}. */
    static NetworkInfo network(Object n) {
        List<IpamPool> pools = new ArrayList<>();
        for (Object p : array(at(n, "IPAM", "Config"))) {
            pools.add(new IpamPool(string(at(p, "Subnet")), string(at(p, "IPRange")), string(at(p, "Gateway"))));
        }
        return new NetworkInfo(text(at(n, "Id")), text(at(n, "Name")), text(at(n, "Driver")),
                isTrue(at(n, "Internal")), isTrue(at(n, "Attachable")), strings(at(n, "Options")),
                strings(at(n, "Labels")), pools);
    }

    /** {@code GET /volumes/{name}} or a row of {@code GET /volumes}' {@code Volumes}. */
    static VolumeInfo volume(Object v) {
        return new VolumeInfo(text(at(v, "Name")), text(at(v, "Driver")), string(at(v, "Mountpoint")),
                strings(at(v, "Options")), strings(at(v, "Labels")));
    }

    /** A row of {@code GET /images/json}: its time of creation in seconds. */
    static ImageInfo imageRow(Object i) {
        long created = number(at(i, "Created"), -1);
        return new ImageInfo(text(at(i, "Id")), stringList(at(i, "RepoTags")), strings(at(i, "Labels")),
                created < 0 ? null : Instant.ofEpochSecond(created), number(at(i, "Size"), 0));
    }

    /** {@code GET /images/{name}/json}: its time of creation as a timestamp, its labels in its configuration. */
    static ImageInfo image(Object i) {
        return new ImageInfo(text(at(i, "Id")), stringList(at(i, "RepoTags")), strings(at(i, "Config", "Labels")),
                ContainerInspectAnswer.instant(string(at(i, "Created"))), number(at(i, "Size"), 0));
    }
}
