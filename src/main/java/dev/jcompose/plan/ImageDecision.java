package dev.jcompose.plan;

import dev.jcompose.model.Service;

import java.nio.file.Path;
import java.util.Locale;

/** Whether {@code up} must pull or build a service's image before creating its containers. */
final class ImageDecision {

    private ImageDecision() {
    }

    /** The pull or build op for {@code s}, or null when the image on the engine is used as it is. */
    static Op of(Service s, String ref, PlanOptions options) {
        boolean present = options.imageIds().containsKey(ref);
        String policy = policy(s, options);
        if (s.hasBuild() && options.build() != PlanOptions.Build.NEVER) {
            String cause = !present ? "image missing"
                    : options.build() == PlanOptions.Build.ALWAYS ? "--build"
                    : policy.equals("build") ? "pull_policy: build" : null;
            if (cause != null) {
                return new Op.BuildImage(s.name(), ref, Path.of(s.build().context()), ResourceSpecs.build(s, ref),
                        cause);
            }
            return null;
        }
        if (s.image() == null || s.image().isEmpty()) return null;
        if (policy.equals("always")) return new Op.PullImage(s.name(), ref, "pull_policy: always");
        if (!present && !policy.equals("never")) return new Op.PullImage(s.name(), ref, "image missing");
        return null;
    }

    /** The effective pull policy; daily/weekly/every_* (which need the pull time) count as missing. */
    private static String policy(Service s, PlanOptions options) {
        if (options.pull() != null) return options.pull().name().toLowerCase(Locale.ROOT);
        String p = s.pullPolicy();
        if (p == null || p.isEmpty() || p.equals("if_not_present")) return "missing";
        if (p.equals("always") || p.equals("never") || p.equals("build") || p.equals("missing")) return p;
        return "missing";
    }
}
