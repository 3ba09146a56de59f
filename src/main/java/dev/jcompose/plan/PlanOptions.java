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
 */
public record PlanOptions(Set<String> services, boolean noDeps, Recreate recreate, boolean removeOrphans,
                          Map<String, Integer> scale, boolean noStart, Build build, Pull pull, Duration stopTimeout,
                          boolean renewAnonVolumes, Map<String, String> imageIds,
                          Map<String, String> fileDigests, Map<String, Duration> imageAges, String frontImage) {

    public enum Recreate { DIVERGED, FORCE, NEVER }

    public enum Build { NEVER, IF_MISSING, ALWAYS }

    public enum Pull { ALWAYS, MISSING, NEVER }

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
                null, false, Map.of(), Map.of(), Map.of(), null);
    }

    public PlanOptions withServices(Set<String> v) {
        return new PlanOptions(v, noDeps, recreate, removeOrphans, scale, noStart, build, pull, stopTimeout,
                renewAnonVolumes, imageIds, fileDigests, imageAges, frontImage);
    }

    public PlanOptions withNoDeps(boolean v) {
        return new PlanOptions(services, v, recreate, removeOrphans, scale, noStart, build, pull, stopTimeout,
                renewAnonVolumes, imageIds, fileDigests, imageAges, frontImage);
    }

    public PlanOptions withRecreate(Recreate v) {
        return new PlanOptions(services, noDeps, v, removeOrphans, scale, noStart, build, pull, stopTimeout,
                renewAnonVolumes, imageIds, fileDigests, imageAges, frontImage);
    }

    public PlanOptions withRemoveOrphans(boolean v) {
        return new PlanOptions(services, noDeps, recreate, v, scale, noStart, build, pull, stopTimeout,
                renewAnonVolumes, imageIds, fileDigests, imageAges, frontImage);
    }

    public PlanOptions withScale(Map<String, Integer> v) {
        return new PlanOptions(services, noDeps, recreate, removeOrphans, v, noStart, build, pull, stopTimeout,
                renewAnonVolumes, imageIds, fileDigests, imageAges, frontImage);
    }

    public PlanOptions withNoStart(boolean v) {
        return new PlanOptions(services, noDeps, recreate, removeOrphans, scale, v, build, pull, stopTimeout,
                renewAnonVolumes, imageIds, fileDigests, imageAges, frontImage);
    }

    public PlanOptions withBuild(Build v) {
        return new PlanOptions(services, noDeps, recreate, removeOrphans, scale, noStart, v, pull, stopTimeout,
                renewAnonVolumes, imageIds, fileDigests, imageAges, frontImage);
    }

    public PlanOptions withPull(Pull v) {
        return new PlanOptions(services, noDeps, recreate, removeOrphans, scale, noStart, build, v, stopTimeout,
                renewAnonVolumes, imageIds, fileDigests, imageAges, frontImage);
    }

    public PlanOptions withStopTimeout(Duration v) {
        return new PlanOptions(services, noDeps, recreate, removeOrphans, scale, noStart, build, pull, v,
                renewAnonVolumes, imageIds, fileDigests, imageAges, frontImage);
    }

    public PlanOptions withRenewAnonVolumes(boolean v) {
        return new PlanOptions(services, noDeps, recreate, removeOrphans, scale, noStart, build, pull, stopTimeout, v,
                imageIds, fileDigests, imageAges, frontImage);
    }

    public PlanOptions withImageIds(Map<String, String> v) {
        return new PlanOptions(services, noDeps, recreate, removeOrphans, scale, noStart, build, pull, stopTimeout,
                renewAnonVolumes, v, fileDigests, imageAges, frontImage);
    }

    public PlanOptions withFileDigests(Map<String, String> v) {
        return new PlanOptions(services, noDeps, recreate, removeOrphans, scale, noStart, build, pull, stopTimeout,
                renewAnonVolumes, imageIds, v, imageAges, frontImage);
    }

    public PlanOptions withImageAges(Map<String, Duration> v) {
        return new PlanOptions(services, noDeps, recreate, removeOrphans, scale, noStart, build, pull, stopTimeout,
                renewAnonVolumes, imageIds, fileDigests, v, frontImage);
    }

    public PlanOptions withFrontImage(String v) {
        return new PlanOptions(services, noDeps, recreate, removeOrphans, scale, noStart, build, pull, stopTimeout,
                renewAnonVolumes, imageIds, fileDigests, imageAges, v);
    }
}
