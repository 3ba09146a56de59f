package dev.jcompose.app;

import dev.jcompose.engine.ContainerSummary;
import dev.jcompose.engine.ImageDetails;
import dev.jcompose.state.Labels;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** {@code images [SERVICE...]}: the image behind each of the project's containers (stopped ones too). */
public final class ImageListing {

    /**
     * One container's image. {@code repository} and {@code tag} come from the name the container was created with
     * ({@code nginx}, not {@code docker.io/library/nginx}; empty for an image id); {@code created} may be null.
     */
    public record Row(String container, String repository, String tag, String platform, String id, long size,
                      Instant created, Instant lastTagTime) {
    }

    private final StackContext ctx;

    public ImageListing(StackContext ctx) {
        this.ctx = ctx;
    }

    /** Sorted by container name. */
    public List<Row> list(String project, Set<String> services) {
        List<Row> rows = new ArrayList<>();
        for (ContainerSummary c : ctx.engine().listContainers(Map.of(Labels.PROJECT, project))) {
            String service = c.labels().getOrDefault(Labels.SERVICE, "");
            if (!services.isEmpty() && !services.contains(service)) continue;
            ImageRef ref = ImageRef.parse(c.image());
            Optional<ImageDetails> image = ctx.engine().inspectImage(c.image());
            rows.add(image.map(i -> new Row(c.name(), ref.repository(), ref.tag(), i.platform(), i.id(), i.size(),
                            i.created(), i.lastTagTime()))
                    .orElseGet(() -> new Row(c.name(), ref.repository(), ref.tag(), "", c.imageId(), 0, null, null)));
        }
        rows.sort(Comparator.comparing(Row::container));
        return rows;
    }

    /** An image name as Docker shows it: familiar repository ({@code nginx}), tag ({@code latest} when none). */
    record ImageRef(String repository, String tag) {
        static ImageRef parse(String image) {
            if (image == null || image.isEmpty() || image.startsWith("sha256:") || image.matches("[0-9a-f]{12,64}")) {
                return new ImageRef("", "");
            }
            String name = image;
            String tag = "latest";
            int at = name.indexOf('@');
            if (at >= 0) {
                name = name.substring(0, at);
                tag = "";
            }
            int colon = name.lastIndexOf(':');
            if (colon > name.lastIndexOf('/')) {
                if (at < 0) tag = name.substring(colon + 1);
                name = name.substring(0, colon);
            }
            for (String hub : List.of("docker.io/library/", "docker.io/", "index.docker.io/library/",
                    "index.docker.io/")) {
                if (name.startsWith(hub)) {
                    name = name.substring(hub.length());
                    break;
                }
            }
            return new ImageRef(name, tag);
        }
    }
}
