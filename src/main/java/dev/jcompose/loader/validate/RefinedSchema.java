package dev.jcompose.loader.validate;

import dev.jcompose.diag.Diagnostics;
import dev.jcompose.diag.YamlPath;
import dev.jcompose.loader.tree.Node;

import java.util.List;

/** A schema plus a check that needs the whole node, run after the schema's own checks. */
final class RefinedSchema implements Schema {

    /** A check of a whole node that reports its own diagnostics. */
    @FunctionalInterface
    interface NodeRule {
        void check(Node node, YamlPath path, Diagnostics diags);
    }

    private final Schema base;
    private final NodeRule rule;

    RefinedSchema(Schema base, NodeRule rule) {
        this.base = base;
        this.rule = rule;
    }

    @Override
    public boolean admits(Node node) {
        return base.admits(node);
    }

    @Override
    public List<String> expectedKinds() {
        return base.expectedKinds();
    }

    @Override
    public void check(Node node, YamlPath path, Diagnostics diags) {
        base.check(node, path, diags);
        rule.check(node, path, diags);
    }
}
