package dev.jcompose.loader.validate;

import dev.jcompose.diag.Diagnostics;
import dev.jcompose.diag.YamlPath;
import dev.jcompose.loader.tree.Node;
import dev.jcompose.loader.tree.ScalarNode;
import dev.jcompose.loader.tree.ScalarType;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** A scalar of some YAML types whose value satisfies a rule (a string that converts, a port, a duration...). */
final class ScalarSchema implements Schema {

    private final List<String> expected;
    private final Set<ScalarType> types;
    private final ValueRule rule;

    ScalarSchema(String expected, Set<ScalarType> types, ValueRule rule) {
        this(List.of(expected), types, rule);
    }

    ScalarSchema(List<String> expected, Set<ScalarType> types, ValueRule rule) {
        this.expected = List.copyOf(expected);
        this.types = EnumSet.copyOf(types);
        this.rule = rule;
    }

    /** The same scalar with one more rule, checked after this schema's own. */
    ScalarSchema and(ValueRule more) {
        return new ScalarSchema(expected, types, rule.and(more));
    }

    @Override
    public boolean admits(Node node) {
        return node instanceof ScalarNode s && types.contains(s.type());
    }

    @Override
    public List<String> expectedKinds() {
        return expected;
    }

    @Override
    public void check(Node node, YamlPath path, Diagnostics diags) {
        String problem = rule.problem((ScalarNode) node);
        if (problem != null) diags.error(node.location(), path, problem);
    }
}
