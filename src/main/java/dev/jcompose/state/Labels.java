package dev.jcompose.state;

/**
 * The labels that tie engine objects to a project. The {@code com.docker.compose.*} names are Docker Compose's, so
 * that stacks move between the tools; the {@code dev.jcompose.*} ones are jcompose's own state.
 */
public final class Labels {

    public static final String PROJECT = "com.docker.compose.project";
    public static final String SERVICE = "com.docker.compose.service";
    public static final String CONTAINER_NUMBER = "com.docker.compose.container-number";
    public static final String ONEOFF = "com.docker.compose.oneoff";
    public static final String WORKING_DIR = "com.docker.compose.project.working_dir";
    public static final String CONFIG_FILES = "com.docker.compose.project.config_files";
    public static final String CONFIG_HASH = "com.docker.compose.config-hash";
    public static final String VERSION = "com.docker.compose.version";
    public static final String NETWORK = "com.docker.compose.network";
    public static final String VOLUME = "com.docker.compose.volume";
    public static final String IMAGE = "com.docker.compose.image";
    public static final String DEPENDS_ON = "com.docker.compose.depends_on";
    /** On a container made to replace another: the replaced one's {@code <service>-<n>} (or container_name). */
    public static final String REPLACE = "com.docker.compose.replace";

    /** jcompose's own config hash; Docker Compose computes its hash differently, so ours is kept apart. */
    public static final String JCOMPOSE_CONFIG_HASH = "dev.jcompose.config-hash";
    /** {@link ConfigFingerprint}: a short hash per setting, to name what changed on a recreate. */
    public static final String JCOMPOSE_CONFIG_KEYS = "dev.jcompose.config-keys";
    /** Digests of the files the container's secrets and configs bind (see plan.MountedFiles). */
    public static final String JCOMPOSE_FILE_DIGESTS = "dev.jcompose.file-digests";
    /** The part an object plays for jcompose, e.g. {@code front} for a proxy. */
    public static final String JCOMPOSE_ROLE = "dev.jcompose.role";

    /** {@link #JCOMPOSE_ROLE} of the proxy in front of a service that rolls out without downtime. */
    public static final String ROLE_FRONT = "front";
    /** A fronted service's replica: the rollout generation it was made by (1, 2, ...). */
    public static final String JCOMPOSE_GENERATION = "dev.jcompose.generation";
    /** The front's own configuration hash (image, ports, networks): a change recreates the front. */
    public static final String JCOMPOSE_FRONT_HASH = "dev.jcompose.front-hash";
    /**
     * What a replaced replica's name gets when it is kept, stopped, for {@code rollback}. Labels cannot change after
     * create, so the name (which can) carries this state.
     */
    public static final String RETIRED_SUFFIX = "-retired";

    /** The value written to {@link #VERSION}: the Docker Compose release whose labels jcompose writes. */
    public static final String COMPOSE_VERSION = "2.24.0";

    /** Docker Compose writes booleans in labels with Python's spelling. */
    public static final String TRUE = "True";
    public static final String FALSE = "False";

    // --- exec-run ---

    /** A one-off container's random id; its name ends with the first 12 characters. */
    public static final String SLUG = "com.docker.compose.slug";

    private Labels() {
    }
}
