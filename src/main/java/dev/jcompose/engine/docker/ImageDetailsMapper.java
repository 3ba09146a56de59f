package dev.jcompose.engine.docker;

import com.github.dockerjava.api.command.InspectImageResponse;
import dev.jcompose.engine.ImageDetails;

import java.util.Map;

/** docker-java's image inspection → {@link ImageDetails}; the fields docker-java does not model come from its raw values. */
final class ImageDetailsMapper {

    private ImageDetailsMapper() {
    }

    static ImageDetails details(InspectImageResponse i) {
        Map<String, String> labels = i.getConfig() == null || i.getConfig().getLabels() == null
                ? Map.of() : i.getConfig().getLabels();
        Map<String, Object> raw = i.getRawValues();
        String variant = raw.get("Variant") instanceof String v ? v : "";
        String lastTag = raw.get("Metadata") instanceof Map<?, ?> m && m.get("LastTagTime") instanceof String t ? t : null;
        return new ImageDetails(i.getId(), i.getRepoTags(), i.getOs(), i.getArch(), variant,
                i.getSize() == null ? 0 : i.getSize(), ContainerInspectAnswer.instant(i.getCreated()),
                ContainerInspectAnswer.instant(lastTag), labels);
    }
}
