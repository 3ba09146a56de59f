package dev.jcompose.app;

import dev.jcompose.engine.ContainerEngine;
import dev.jcompose.model.Project;
import dev.jcompose.model.Service;

import java.util.LinkedHashMap;
import java.util.Map;

/** The ids of the images the project's services run, as the engine has them now (absent = not present). */
final class ImageInventory {

    private ImageInventory() {
    }

    static Map<String, String> imageIds(ContainerEngine engine, Project project) {
        Map<String, String> ids = new LinkedHashMap<>();
        for (Service s : project.services().values()) {
            String ref = s.imageName(project.name());
            if (ids.containsKey(ref)) continue;
            engine.findImage(ref).ifPresent(img -> ids.put(ref, img.id()));
        }
        return ids;
    }
}
