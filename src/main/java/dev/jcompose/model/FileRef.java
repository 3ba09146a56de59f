package dev.jcompose.model;

/**
 * A service's reference to a top-level secret or config ({@code source}), mounted at {@code target}.
 * {@code mode} is the file mode as a number (0444 → 292), null when unset.
 */
public record FileRef(String source, String target, String uid, String gid, Integer mode) {
}
