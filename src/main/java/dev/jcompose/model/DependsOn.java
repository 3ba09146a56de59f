package dev.jcompose.model;

/** One {@code depends_on} entry: wait for {@code condition}; {@code restart} restarts this service when the dependency is. */
public record DependsOn(Condition condition, boolean required, boolean restart) {

    public enum Condition {
        SERVICE_STARTED, SERVICE_HEALTHY, SERVICE_COMPLETED_SUCCESSFULLY;

        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        public static Condition fromId(String id) {
            for (Condition c : values()) if (c.id().equals(id)) return c;
            return null;
        }
    }

    public static DependsOn started() {
        return new DependsOn(Condition.SERVICE_STARTED, true, false);
    }
}
