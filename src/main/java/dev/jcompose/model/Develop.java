package dev.jcompose.model;

import java.util.List;
import java.util.Map;

/** {@code develop.watch}: the rules of {@code compose watch}. */
public record Develop(List<WatchRule> watch, Map<String, Object> extensions) {

    public Develop {
        watch = Copies.list(watch);
        extensions = Copies.map(extensions);
    }

    /**
     * {@code initialSync}: a sync rule copies everything under {@code path} when watching starts. {@code include}
     * narrows the files that trigger the rule; {@code extensions} are the rule's {@code x-*} keys, kept as written.
     */
    public record WatchRule(String path, String action, String target, List<String> ignore, List<String> include,
                            ServiceHook exec, boolean initialSync, Map<String, Object> extensions) {
        public WatchRule {
            ignore = Copies.list(ignore);
            include = Copies.list(include);
            extensions = Copies.map(extensions);
        }

        public WatchRule(String path, String action, String target, List<String> ignore, ServiceHook exec) {
            this(path, action, target, ignore, List.of(), exec, false, Map.of());
        }
    }
}
