package dev.jcompose.plan;

import dev.jcompose.graph.DependencyGraph;
import dev.jcompose.model.Project;
import dev.jcompose.model.Service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Plans of image work: the pulls and the builds {@code up} does before it converges containers (in two steps, so
 * a build only stands in for a pull that failed, and containers are compared with the images as they are after
 * both), and the {@code build}, {@code pull} and {@code push} verbs. Pure, like {@link Planner}.
 */
public final class ImagePlanner {

    private ImagePlanner() {
    }

    /** A service the {@code pull} or {@code push} verb leaves alone, with the words Docker Compose shows for it. */
    public record Skipped(String service, String reason) {
    }

    /**
     * The work of a {@code pull} or {@code push}: its plan, the services it skips, and the services of the plan whose
     * image a build can make instead.
     */
    public record ImagePlan(Plan plan, List<Skipped> skipped, Set<String> buildable) {
        public ImagePlan {
            skipped = List.copyOf(skipped);
            buildable = Set.copyOf(buildable);
        }
    }

    /** What {@code build} lays over every service's build: {@code --no-cache}, {@code --pull}, {@code --build-arg}. */
    public record BuildOverrides(boolean noCache, boolean pull, Map<String, String> args) {
        public BuildOverrides {
            args = args == null ? Map.of() : Map.copyOf(args);
        }

        public static BuildOverrides none() {
            return new BuildOverrides(false, false, Map.of());
        }
    }

    /** {@code pull}'s options: a policy over every service with an image (null = their own), {@code --ignore-buildable}. */
    public record PullRequest(String policy, boolean ignoreBuildable) {
    }

    /** The pulls {@code up} does first, for the services it converges. */
    public static Plan upPulls(Project project, PlanOptions options) {
        Plan.Builder plan = Plan.builder();
        for (String name : UpPlanner.scope(DependencyGraph.of(project), options)) {
            Op.PullImage pull = ImageDecision.pull(project, project.service(name), options);
            if (pull != null) plan.add(pull);
        }
        return plan.build();
    }

    /** The builds {@code up} does once its pulls are done ({@code options} knowing the images as they are then). */
    public static Plan upBuilds(Project project, PlanOptions options) {
        Plan.Builder plan = Plan.builder();
        for (String name : UpPlanner.scope(DependencyGraph.of(project), options)) {
            Op.BuildImage build = ImageDecision.build(project, project.service(name), options);
            if (build != null) plan.add(build);
        }
        return plan.build();
    }

    /**
     * {@code build [SERVICE...]}: every selected service that has a {@code build} section (empty selection = all),
     * with {@code withDependencies} what they depend on too. One build per image, however many services share it.
     */
    public static Plan build(Project project, Set<String> services, boolean withDependencies, BuildOverrides overrides) {
        Plan.Builder plan = Plan.builder();
        for (String name : selection(project, services, withDependencies)) {
            Service s = project.service(name);
            if (!s.hasBuild()) continue;
            Op.BuildImage op = ImageDecision.buildOp(project, s, "build");
            plan.add(new Op.BuildImage(op.service(), op.tag(), op.context(),
                    op.spec().overriddenBy(overrides.noCache(), overrides.pull(), overrides.args()), op.cause(),
                    op.dockerfileInline()));
        }
        return plan.build();
    }

    /**
     * {@code pull [SERVICE...]}, deciding as Docker Compose's {@code pull} does: nothing to pull without an
     * {@code image}; {@code never} and {@code build} policies skip; {@code missing} skips an image that is present
     * with a tag other than {@code latest}; {@code --ignore-buildable} skips what can be built; an image two services
     * share is pulled once.
     */
    public static ImagePlan pull(Project project, Set<String> services, boolean includeDeps, PullRequest request,
                                 Map<String, String> imageIds) {
        Plan.Builder plan = Plan.builder();
        List<Skipped> skipped = new ArrayList<>();
        Map<String, String> pulledBy = new LinkedHashMap<>();
        Set<String> buildable = new java.util.LinkedHashSet<>();
        for (String name : selection(project, services, includeDeps)) {
            Service s = project.service(name);
            if (s.image() == null || s.image().isEmpty()) {
                skipped.add(new Skipped(name, "Skipped - No image to be pulled"));
                continue;
            }
            String policyText = request.policy() != null ? request.policy() : s.pullPolicy();
            PullPolicy policy = PullPolicy.of(policyText);
            boolean explicitMissing = policyText != null && Set.of("missing", "if_not_present")
                    .contains(policyText.trim().toLowerCase(Locale.ROOT));
            if (policy.kind() == PullPolicy.Kind.NEVER || policy.kind() == PullPolicy.Kind.BUILD) {
                skipped.add(new Skipped(name, "Skipped"));
                continue;
            }
            if (explicitMissing && imageIds.containsKey(s.image()) && !isLatest(s.image())) {
                skipped.add(new Skipped(name, "Skipped - Image is already present locally"));
                continue;
            }
            if (s.hasBuild() && request.ignoreBuildable()) {
                skipped.add(new Skipped(name, "Skipped - Image can be built"));
                continue;
            }
            String other = pulledBy.putIfAbsent(s.image(), name);
            if (other != null) {
                skipped.add(new Skipped(name, "Skipped - Image is already being pulled by " + other));
                continue;
            }
            plan.add(new Op.PullImage(name, s.image(), "pull"));
            if (s.hasBuild()) buildable.add(name);
        }
        return new ImagePlan(plan.build(), skipped, buildable);
    }

    /** {@code push [SERVICE...]}: the image and extra tags of every selected service that has both a build and an image. */
    public static ImagePlan push(Project project, Set<String> services, boolean includeDeps) {
        Plan.Builder plan = Plan.builder();
        List<Skipped> skipped = new ArrayList<>();
        for (String name : selection(project, services, includeDeps)) {
            Service s = project.service(name);
            if (!s.hasBuild() || s.image() == null || s.image().isEmpty()) {
                skipped.add(new Skipped(name, "Skipped"));
                continue;
            }
            plan.add(new Op.PushImage(name, s.image(), "push"));
            for (String tag : s.build().tags()) plan.add(new Op.PushImage(name, tag, "push"));
        }
        return new ImagePlan(plan.build(), skipped, Set.of());
    }

    /** Whether a reference names the {@code latest} tag, written or implied (a digest names no tag). */
    static boolean isLatest(String reference) {
        if (reference.contains("@")) return false;
        int colon = reference.lastIndexOf(':');
        if (colon < 0 || colon < reference.lastIndexOf('/')) return true;
        return reference.substring(colon + 1).equals("latest");
    }

    /** The named services (all when none), in start order, with what they depend on when asked. */
    private static List<String> selection(Project project, Set<String> services, boolean withDependencies) {
        DependencyGraph graph = DependencyGraph.of(project);
        if (services.isEmpty()) return graph.startOrder();
        if (withDependencies) return graph.closure(services);
        return graph.startOrder().stream().filter(services::contains).toList();
    }
}
