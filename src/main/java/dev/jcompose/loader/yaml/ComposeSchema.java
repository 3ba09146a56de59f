package dev.jcompose.loader.yaml;

import org.snakeyaml.engine.v2.api.ConstructNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.resolver.ScalarResolver;
import org.snakeyaml.engine.v2.schema.CoreSchema;
import org.snakeyaml.engine.v2.schema.Schema;

import java.util.Map;

/**
 * The YAML 1.2 core schema, except that {@code <<} stays a plain string: SnakeYAML would otherwise apply merge keys
 * while composing, losing the merged keys' positions. {@link TreeBuilder} applies them instead.
 */
final class ComposeSchema implements Schema {

    private final CoreSchema core = new CoreSchema();

    @Override
    public ScalarResolver getScalarResolver() {
        ScalarResolver coreResolver = core.getScalarResolver();
        return (value, implicit) -> {
            Tag tag = coreResolver.resolve(value, implicit);
            return tag.equals(Tag.MERGE) ? Tag.STR : tag;
        };
    }

    @Override
    public Map<Tag, ConstructNode> getSchemaTagConstructors() {
        return core.getSchemaTagConstructors();
    }
}
