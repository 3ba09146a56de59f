package dev.jcompose.cli;

import dev.jcompose.app.ContainerListing;
import dev.jcompose.state.Labels;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A container as {@code ps --format} names its fields, each in the form Docker Compose v2 prints it. */
final class ContainerFields {

    /** Docker Compose's column headers; the fields it gives none print {@code <no value>} in a table's header. */
    static final Map<String, String> HEADERS = Map.ofEntries(Map.entry("ID", "CONTAINER ID"), Map.entry("Name", "NAME"),
            Map.entry("Project", "PROJECT"), Map.entry("Service", "SERVICE"), Map.entry("Image", "IMAGE"),
            Map.entry("Command", "COMMAND"), Map.entry("CreatedAt", "CREATED AT"), Map.entry("RunningFor", "CREATED"),
            Map.entry("Ports", "PORTS"), Map.entry("State", "STATE"), Map.entry("Status", "STATUS"),
            Map.entry("Size", "SIZE"), Map.entry("Labels", "LABELS"));

    /** Go's {@code time.Time.String()} without the fraction Docker's whole seconds never have. */
    private static final DateTimeFormatter GO_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss Z z");

    private ContainerFields() {
    }

    /**
     * @param trunc whether IDs, commands and mount names are shortened, as without {@code --no-trunc}
     * @param now   for {@code RunningFor}
     * @param zone  for {@code CreatedAt}: the local time zone, as Go prints it
     */
    static Map<String, Object> of(ContainerListing.Row r, boolean trunc, Instant now, ZoneId zone) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("ID", trunc ? ImagesCommand.shortId(r.id()) : r.id());
        m.put("Name", r.name());
        m.put("Names", r.name());
        m.put("Project", r.labels().getOrDefault(Labels.PROJECT, ""));
        m.put("Service", r.service());
        m.put("Image", r.image());
        m.put("Command", PsCommand.command(r.command(), !trunc));
        m.put("CreatedAt", r.created() == null ? "" : GO_TIME.format(r.created().atZone(zone)));
        m.put("RunningFor", r.created() == null ? ""
                : GoUnits.humanDuration(Duration.between(r.created(), now)) + " ago");
        m.put("ExitCode", "exited".equals(r.state()) || "dead".equals(r.state())
                ? (r.exitCode() == null ? 0 : r.exitCode()) : 0);
        m.put("State", r.state());
        m.put("Status", r.status());
        m.put("Health", "running".equals(r.state()) && r.health() != null ? r.health() : "");
        m.put("Publishers", publishers(r.publishers()));
        m.put("Ports", r.ports());
        m.put("Labels", labels(r.labels()));
        m.put("Label", (GoTemplate.Method) args -> args.size() == 1 ? r.labels().getOrDefault(args.get(0), "") : "");
        m.put("Mounts", mounts(r.mounts(), trunc));
        m.put("LocalVolumes", Integer.toString(r.localVolumes()));
        m.put("Networks", String.join(",", r.networks()));
        m.put("Size", "0B");
        return m;
    }

    private static List<GoTemplate.Struct> publishers(List<ContainerListing.Publisher> publishers) {
        List<GoTemplate.Struct> out = new ArrayList<>();
        for (ContainerListing.Publisher p : publishers) {
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("URL", p.url());
            f.put("TargetPort", p.targetPort());
            f.put("PublishedPort", p.publishedPort());
            f.put("Protocol", p.protocol());
            out.add(new GoTemplate.Struct(f));
        }
        return out;
    }

    /** {@code k=v} pairs joined by commas (Docker Compose's order is Go's random map order; ours is sorted). */
    private static String labels(Map<String, String> labels) {
        List<String> pairs = new ArrayList<>();
        new TreeMap<>(labels).forEach((k, v) -> pairs.add(k + "=" + v));
        return String.join(",", pairs);
    }

    /** Each cut to 15 characters with an ellipsis unless {@code --no-trunc}. */
    private static String mounts(List<String> mounts, boolean trunc) {
        List<String> names = new ArrayList<>();
        for (String name : mounts) {
            if (trunc && name.codePointCount(0, name.length()) > 15) {
                name = name.substring(0, name.offsetByCodePoints(0, 14)) + "\u2026";
            }
            names.add(name);
        }
        return String.join(",", names);
    }
}
