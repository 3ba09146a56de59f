package dev.jcompose.loader.yaml;

import org.snakeyaml.engine.v2.api.ConstructNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.resolver.ScalarResolver;

import java.util.Map;

/**
 * Tags every untagged plain scalar {@link #PLAIN} instead of guessing its type: {@link PlainScalars} types them
 * (compose reads {@code 0440} as octal, which the core schema does not), and skipping SnakeYAML's regex-based
 * resolution keeps reading large files fast. As a side effect {@code <<} is not SnakeYAML's merge key, so merges are
 * left to {@link TreeBuilder}, which keeps the merged keys' positions; and {@code ${VAR}} is not given SnakeYAML's
 * {@code !ENV_VARIABLE} tag.
 */
final class ComposeSchema implements org.snakeyaml.engine.v2.schema.Schema {

    /** The tag of a plain scalar written without one; quoted scalars without a tag are {@code !!str}. */
    static final Tag PLAIN = new Tag("tag:jcompose.dev,2025:plain");

    private static final ScalarResolver RESOLVER = (value, plainWithoutTag) -> plainWithoutTag ? PLAIN : Tag.STR;

    @Override
    public ScalarResolver getScalarResolver() {
        return RESOLVER;
    }

    /** Never used: the reader only composes nodes, it does not construct Java objects. */
    @Override
    public Map<Tag, ConstructNode> getSchemaTagConstructors() {
        return Map.of();
    }
}
