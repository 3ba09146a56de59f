package dev.jcompose.app;

import dev.jcompose.plan.Fronts;

import dev.jcompose.engine.ContainerEngine;
import dev.jcompose.engine.ImageDetails;
import dev.jcompose.model.Project;
import dev.jcompose.model.Service;
import dev.jcompose.plan.PlanOptions;
import dev.jcompose.plan.PullPolicy;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The images the project's services run, as the engine has them now: their ids (absent = not present) and, for
 * services with a refresh pull policy ({@code daily}, {@code every_12h}), how long ago each was last pulled.
 */
final class ImageInventory {

    private ImageInventory() {
    }

    static Map<String, String> imageIds(ContainerEngine engine, Project project) {
        return imageIds(engine, project, null);
    }

    /** Also the front images of the services behind a front ({@code defaultFrontImage}: see {@link Fronts#image}). */
    static Map<String, String> imageIds(ContainerEngine engine, Project project, String defaultFrontImage) {
        Map<String, String> ids = new LinkedHashMap<>();
        for (Service s : project.services().values()) {
            String ref = s.imageName(project.name());
            if (!ids.containsKey(ref)) engine.findImage(ref).ifPresent(img -> ids.put(ref, img.id()));
            if (!Fronts.isFronted(s)) continue;
            String front = Fronts.image(s, defaultFrontImage);
            if (!ids.containsKey(front)) engine.findImage(front).ifPresent(img -> ids.put(front, img.id()));
        }
        return ids;
    }

    /** {@code options} knowing the images as the engine has them now. */
    static PlanOptions observe(ContainerEngine engine, Project project, PlanOptions options) {
        Map<String, String> ids = new LinkedHashMap<>();
        Map<String, Duration> ages = new LinkedHashMap<>();
        Instant now = Instant.now();
        for (Service s : project.services().values()) {
            String ref = s.imageName(project.name());
            if (ids.containsKey(ref)) continue;
            if (hasRefreshPolicy(s)) {
                engine.inspectImage(ref).ifPresent(img -> {
                    ids.put(ref, img.id());
                    Instant tagged = lastPulled(img);
                    if (tagged != null) ages.put(ref, Duration.between(tagged, now));
                });
            } else {
                engine.findImage(ref).ifPresent(img -> ids.put(ref, img.id()));
            }
        }
        for (Service s : project.services().values()) {
            if (!Fronts.isFronted(s)) continue;
            String front = Fronts.image(s, options.frontImage());
            if (!ids.containsKey(front)) engine.findImage(front).ifPresent(img -> ids.put(front, img.id()));
        }
        return options.withImageIds(ids).withImageAges(ages);
    }

    private static boolean hasRefreshPolicy(Service s) {
        return PullPolicy.of(s.pullPolicy()).kind() == PullPolicy.Kind.REFRESH;
    }

    private static Instant lastPulled(ImageDetails img) {
        return img.lastTagTime() != null ? img.lastTagTime() : img.created();
    }
}
