package dev.jcompose.plan;

import dev.jcompose.model.Project;
import dev.jcompose.model.Service;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether {@code up} must pull or build a service's image before creating its containers, as Docker Compose
 * decides: a service with an {@code image} is pulled as its pull policy says (a missing one is pulled even when it
 * has a {@code build}, whose build then stands in if the pull fails); a service with a {@code build} is built when
 * its image is missing, with {@code --build}, or with {@code pull_policy: build}.
 */
final class ImageDecision {

    private ImageDecision() {
    }

    /** The pull and build ops for {@code s}, pull first; empty when the image on the engine is used as it is. */
    static List<Op> of(Project project, Service s, PlanOptions options) {
        List<Op> ops = new ArrayList<>();
        Op.PullImage pull = pull(project, s, options);
        if (pull != null) ops.add(pull);
        Op.BuildImage build = build(project, s, options);
        if (build != null) ops.add(build);
        return ops;
    }

    static Op.PullImage pull(Project project, Service s, PlanOptions options) {
        if (s.image() == null || s.image().isEmpty()) return null;
        // --build turns a buildable service's policy into "build": it is built, not pulled
        if (s.hasBuild() && options.build() == PlanOptions.Build.ALWAYS) return null;
        String ref = s.image();
        boolean present = options.imageIds().containsKey(ref);
        Duration age = options.imageAges().get(ref);
        PullPolicy policy = PullPolicy.effective(s, options);
        if (!policy.pullsOnUp(present, age)) return null;
        String cause = !present ? "image missing"
                : options.pull() != null ? "--pull " + options.pull().name().toLowerCase(java.util.Locale.ROOT)
                : "pull_policy: " + s.pullPolicy();
        return new Op.PullImage(s.name(), ref, cause, buildable(project, ref));
    }

    static Op.BuildImage build(Project project, Service s, PlanOptions options) {
        if (!s.hasBuild() || options.build() == PlanOptions.Build.NEVER) return null;
        String ref = s.imageName(project.name());
        boolean present = options.imageIds().containsKey(ref);
        String cause = !present ? "image missing"
                : options.build() == PlanOptions.Build.ALWAYS ? "--build"
                : PullPolicy.effective(s, options).kind() != PullPolicy.Kind.BUILD ? null
                : options.pull() != null ? "--pull build" : "pull_policy: build";
        return cause == null ? null : buildOp(project, s, cause);
    }

    static Op.BuildImage buildOp(Project project, Service s, String cause) {
        String ref = s.imageName(project.name());
        return new Op.BuildImage(s.name(), ref, Path.of(s.build().context()), ResourceSpecs.build(project, s, ref),
                cause, s.build().dockerfileInline());
    }

    /** Whether some service of the project builds {@code image}, so a failed pull of it is not the end. */
    static boolean buildable(Project project, String image) {
        return project.services().values().stream()
                .anyMatch(o -> o.hasBuild() && image.equals(o.imageName(project.name())));
    }
}
