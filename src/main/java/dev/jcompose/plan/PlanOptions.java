package dev.jcompose.plan;

import java.time.Duration;
import java.util.Map;
import java.util.Set;

/**
 * How {@code up}/{@code create} should converge.
 *
 * @param services         the services asked for; empty = all
 * @param noDeps           only the services asked for, not what they depend on
 * @param scale            replica counts that override {@code scale}/{@code deploy.replicas}
 * @param noStart          create containers without starting them
 * @param pull             overrides every service's {@code pull_policy}; null = the services' own
 * @param stopTimeout      null = each service's stop_grace_period, else 10 s
 * @param renewAnonVolumes recreated containers get fresh anonymous volumes
 * @param imageIds         image reference → id of that image on the engine; absent = the image is missing
 * @param fileDigests      absolute path → content digest of the files secrets and configs bind ({@link MountedFiles})
 * @param imageAges        image reference → time since the image was last pulled or built, for refresh policies
 * @param frontImage       the front proxy image for services that do not name one; null = {@link Fronts#DEFAULT_IMAGE}
 *                         ({@code daily}, {@code every_12h}); absent = unknown
 * @param ignoreOrphans    containers of services the project does not define are not warned about (COMPOSE_IGNORE_ORPHANS)
 * @param recreateDeps     the dependencies of the services asked for are recreated even when unchanged
 *                         ({@code --always-recreate-deps}); the services asked for follow {@code recreate}
 */
public record PlanOptions(Set<String> services, boolean noDeps, Recreate recreate, boolean removeOrphans,
                          Map<String, Integer> scale, boolean noStart, Build build, Pull pull, Duration stopTimeout,
                          boolean renewAnonVolumes, Map<String, String> imageIds,
                          Map<String, String> fileDigests, Map<String, Duration> imageAges, String frontImage,
                          boolean ignoreOrphans, boolean recreateDeps) {

    public enum Recreate { DIVERGED, FORCE, NEVER }

    public enum Build { NEVER, IF_MISSING, ALWAYS }

    /** {@code --pull}; {@code BUILD} builds a service that has a {@code build} section instead of pulling. */
    public enum Pull { ALWAYS, MISSING, NEVER, BUILD }

    public PlanOptions {
        services = services == null ? Set.of() : Set.copyOf(services);
        recreate = recreate == null ? Recreate.DIVERGED : recreate;
        scale = scale == null ? Map.of() : Map.copyOf(scale);
        build = build == null ? Build.IF_MISSING : build;
        imageIds = imageIds == null ? Map.of() : Map.copyOf(imageIds);
        fileDigests = fileDigests == null ? Map.of() : Map.copyOf(fileDigests);
        imageAges = imageAges == null ? Map.of() : Map.copyOf(imageAges);
    }

    public static PlanOptions defaults() {
        return new PlanOptions(Set.of(), false, Recreate.DIVERGED, false, Map.of(), false, Build.IF_MISSING, null,
                null, false, Map.of(), Map.of(), Map.of(), null, false, false);
    }

    /** A copy with one thing changed, by {@code change} on its fields. */
    private PlanOptions with(java.util.function.Consumer<Fields> change) {
        Fields o = new Fields(this);
        change.accept(o);
        return new PlanOptions(o.services, o.noDeps, o.recreate, o.removeOrphans, o.scale, o.noStart, o.build, o.pull,
                o.stopTimeout, o.renewAnonVolumes, o.imageIds, o.fileDigests, o.imageAges, o.frontImage, o.ignoreOrphans,
                o.recreateDeps);
    }

    private static final class Fields {
        Set<String> services;
        boolean noDeps;
        Recreate recreate;
        boolean removeOrphans;
        Map<String, Integer> scale;
        boolean noStart;
        Build build;
        Pull pull;
        Duration stopTimeout;
        boolean renewAnonVolumes;
        Map<String, String> imageIds;
        Map<String, String> fileDigests;
        Map<String, Duration> imageAges;
        String frontImage;
        boolean ignoreOrphans;
        boolean recreateDeps;
        Fields(PlanOptions p) {
            services = p.services;
            noDeps = p.noDeps;
            recreate = p.recreate;
            removeOrphans = p.removeOrphans;
            scale = p.scale;
            noStart = p.noStart;
            build = p.build;
            pull = p.pull;
            stopTimeout = p.stopTimeout;
            renewAnonVolumes = p.renewAnonVolumes;
            imageIds = p.imageIds;
            fileDigests = p.fileDigests;
            imageAges = p.imageAges;
            frontImage = p.frontImage;
            ignoreOrphans = p.ignoreOrphans;
            recreateDeps = p.recreateDeps;
        }
    }

    public PlanOptions withServices(Set<String> v) {
        return with(o -> o.services = v);
    }

    public PlanOptions withNoDeps(boolean v) {
        return with(o -> o.noDeps = v);
    }

    public PlanOptions withRecreate(Recreate v) {
        return with(o -> o.recreate = v);
    }

    public PlanOptions withRemoveOrphans(boolean v) {
        return with(o -> o.removeOrphans = v);
    }

    public PlanOptions withIgnoreOrphans(boolean v) {
        return with(o -> o.ignoreOrphans = v);
    }

    public PlanOptions withRecreateDeps(boolean v) {
        return with(o -> o.recreateDeps = v);
    }

    public PlanOptions withScale(Map<String, Integer> v) {
        return with(o -> o.scale = v);
    }

    public PlanOptions withNoStart(boolean v) {
        return with(o -> o.noStart = v);
    }

    public PlanOptions withBuild(Build v) {
        return with(o -> o.build = v);
    }

    public PlanOptions withPull(Pull v) {
        return with(o -> o.pull = v);
    }

    public PlanOptions withStopTimeout(Duration v) {
        return with(o -> o.stopTimeout = v);
    }

    public PlanOptions withRenewAnonVolumes(boolean v) {
        return with(o -> o.renewAnonVolumes = v);
    }

    public PlanOptions withImageIds(Map<String, String> v) {
        return with(o -> o.imageIds = v);
    }

    public PlanOptions withFileDigests(Map<String, String> v) {
        return with(o -> o.fileDigests = v);
    }

    public PlanOptions withImageAges(Map<String, Duration> v) {
        return with(o -> o.imageAges = v);
    }

    public PlanOptions withFrontImage(String v) {
        return with(o -> o.frontImage = v);
    }
}
