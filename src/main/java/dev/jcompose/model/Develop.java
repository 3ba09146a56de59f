package dev.jcompose.model;

import java.util.List;

/** {@code develop.watch}: the rules of {@code compose watch}. */
public record Develop(List<WatchRule> watch) {

    public Develop {
        watch = Copies.list(watch);
    }

    public record WatchRule(String path, String action, String target, List<String> ignore, ServiceHook exec) {
        public WatchRule {
            ignore = Copies.list(ignore);
        }
    }
}
