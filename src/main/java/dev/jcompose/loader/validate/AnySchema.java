package dev.jcompose.loader.validate;

import dev.jcompose.diag.Diagnostics;
import dev.jcompose.diag.YamlPath;
import dev.jcompose.loader.tree.Node;

import java.util.List;

/** Any value at all: extension content and free-form driver options. */
final class AnySchema implements Schema {

    static final AnySchema INSTANCE = new AnySchema();

    private AnySchema() {
    }

    @Override
    public boolean admits(Node node) {
        return true;
    }

    @Override
    public List<String> expectedKinds() {
        return List.of("any value");
    }

    @Override
    public void check(Node node, YamlPath path, Diagnostics diags) {
        // everything is allowed
    }
}
