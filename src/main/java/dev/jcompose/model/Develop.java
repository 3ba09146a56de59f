package dev.jcompose.model;

import java.util.List;

/** {@code develop.watch}: the rules of {@code compose watch}. */
public record Develop(List<WatchRule> watch) {

    public Develop {
        watch = Copies.list(watch);
    }

    /** {@code initialSync}: a sync rule copies everything under {@code path} when watching starts. */
    public record WatchRule(String path, String action, String target, List<String> ignore, ServiceHook exec,
                            boolean initialSync) {
        public WatchRule {
            ignore = Copies.list(ignore);
        }

        public WatchRule(String path, String action, String target, List<String> ignore, ServiceHook exec) {
            this(path, action, target, ignore, exec, false);
        }
    }
}
