package dev.jcompose.engine;

/** {@code name}: no, always, on-failure, unless-stopped; {@code maxRetries} only for on-failure (0 = unlimited). */
public record RestartPolicy(String name, int maxRetries) {
    public static final RestartPolicy NO = new RestartPolicy("no", 0);
}
