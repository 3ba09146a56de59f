package dev.jcompose.loader.dockerrun;

import dev.jcompose.diag.Diagnostics;
import dev.jcompose.loader.tree.MapNode;
import dev.jcompose.loader.tree.SeqNode;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/** Dockerrun version 2 (an ECS task definition): one compose service per container definition. */
final class MultiContainerMapper {

    static final Keys ROOT = Keys.of(DockerrunVersion.KEY, "containerDefinitions", "volumes")
            .ignoring("authentication", "registry credentials come from `docker login` here (Elastic Beanstalk reads a .dockercfg from S3)")
            .ignoring("executionRoleArn", "IAM roles are AWS-only")
            .ignoring("taskRoleArn", "IAM roles are AWS-only");

    /** ECS's rule for container names; every such name is also a valid compose service name. */
    private static final Pattern CONTAINER_NAME = Pattern.compile("[A-Za-z0-9_-]{1,255}");

    private MultiContainerMapper() {
    }

    static MapNode map(JsonObject root) {
        Diagnostics diags = root.diags();
        VolumeCatalog volumes = VolumeCatalog.read(root, diags);
        if (!root.require("containerDefinitions")) return null;
        SeqNode defs = root.array("containerDefinitions");
        if (defs == null) return null;
        if (defs.size() == 0) {
            diags.error(defs.location(), root.pathOf("containerDefinitions"), "must list at least one container");
            return null;
        }
        Map<String, ContainerDefinitionMapper.Container> containers = containers(root, defs);
        if (!containers.isEmpty() && containers.values().stream().noneMatch(ContainerDefinitionMapper.Container::essential)) {
            diags.warning(defs.location(), root.pathOf("containerDefinitions"),
                    "no container is essential (ECS requires at least one)");
        }
        ComposeMap services = new ComposeMap(defs.location());
        for (ContainerDefinitionMapper.Container c : containers.values()) {
            JsonObject def = c.definition();
            services.put(c.name(), def.get("name").location(), ContainerDefinitionMapper.map(def, containers, volumes));
        }
        return new ComposeMap(root.location())
                .put("services", root.keyLocation("containerDefinitions"), services.build())
                .put("volumes", root.keyLocation("volumes"), volumes.topLevel(root.location()))
                .build();
    }

    private static Map<String, ContainerDefinitionMapper.Container> containers(JsonObject root, SeqNode defs) {
        Diagnostics diags = root.diags();
        Map<String, ContainerDefinitionMapper.Container> byName = new LinkedHashMap<>();
        Map<String, Integer> indexByName = new LinkedHashMap<>();
        for (int i = 0; i < defs.size(); i++) {
            JsonObject def = JsonObject.of(defs.get(i), root.pathOf("containerDefinitions").index(i),
                    ContainerDefinitionMapper.CONTAINER, diags);
            if (def == null) continue;
            String name = def.requiredString("name");
            if (name == null) continue;
            if (!CONTAINER_NAME.matcher(name).matches()) {
                diags.error(def.get("name").location(), def.pathOf("name"), "\"" + name
                        + "\" is not a valid container name (up to 255 letters, digits, '_' and '-')");
                continue;
            }
            if (byName.containsKey(name)) {
                diags.error(def.get("name").location(), def.pathOf("name"), "\"" + name
                        + "\" is already the name of containerDefinitions[" + indexByName.get(name) + "]");
                continue;
            }
            byName.put(name, new ContainerDefinitionMapper.Container(name, ContainerDefinitionMapper.essential(def), def));
            indexByName.put(name, i);
        }
        return byName;
    }
}
