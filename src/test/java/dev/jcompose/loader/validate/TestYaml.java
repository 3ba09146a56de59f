package dev.jcompose.loader.validate;

import dev.jcompose.diag.SourceLocation;
import dev.jcompose.loader.tree.MapNode;
import dev.jcompose.loader.tree.Node;
import dev.jcompose.loader.tree.ScalarNode;
import dev.jcompose.loader.tree.ScalarType;
import dev.jcompose.loader.tree.SeqNode;
import dev.jcompose.loader.tree.Tag;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.schema.CoreSchema;

import java.util.ArrayList;
import java.util.List;

/** Test-only YAML text → positioned tree, so that tests read like compose files. Not the project's YamlReader. */
final class TestYaml {

    static final String FILE = "compose.yaml";

    private TestYaml() {
    }

    static MapNode parse(String text) {
        LoadSettings settings = LoadSettings.builder().setSchema(new CoreSchema()).build();
        org.snakeyaml.engine.v2.nodes.Node root = new Compose(settings).composeString(text).orElseThrow();
        return (MapNode) convert(root);
    }

    private static Node convert(org.snakeyaml.engine.v2.nodes.Node n) {
        SourceLocation loc = n.getStartMark()
                .map(m -> SourceLocation.of(FILE, m.getLine() + 1, m.getColumn() + 1))
                .orElse(SourceLocation.UNKNOWN);
        Tag tag = switch (n.getTag().getValue()) {
            case "!reset" -> Tag.RESET;
            case "!override" -> Tag.OVERRIDE;
            default -> Tag.NONE;
        };
        if (n instanceof MappingNode m) {
            List<MapNode.Entry> entries = new ArrayList<>();
            for (NodeTuple t : m.getValue()) {
                entries.add(new MapNode.Entry((ScalarNode) convert(t.getKeyNode()), convert(t.getValueNode())));
            }
            return new MapNode(entries, loc, tag);
        }
        if (n instanceof SequenceNode s) {
            List<Node> items = new ArrayList<>();
            for (var item : s.getValue()) items.add(convert(item));
            return new SeqNode(items, loc, tag);
        }
        var s = (org.snakeyaml.engine.v2.nodes.ScalarNode) n;
        ScalarType type = switch (n.getTag().getValue()) {
            case "tag:yaml.org,2002:int" -> ScalarType.INT;
            case "tag:yaml.org,2002:float" -> ScalarType.FLOAT;
            case "tag:yaml.org,2002:bool" -> ScalarType.BOOL;
            case "tag:yaml.org,2002:null" -> ScalarType.NULL;
            default -> tag != Tag.NONE && s.getValue().isEmpty() ? ScalarType.NULL : ScalarType.STRING;
        };
        return new ScalarNode(s.getValue(), type, loc, tag);
    }
}
