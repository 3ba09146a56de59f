package dev.jcompose.engine.docker;

import static dev.jcompose.engine.docker.EngineApi.encode;

import dev.jcompose.engine.VolumeInfo;
import dev.jcompose.engine.VolumeSpec;

/** Volumes on the engine: create and remove. */
final class VolumeCalls {
    private final EngineApi api;

    VolumeCalls(EngineApi api) {
        this.api = api;
    }

    VolumeInfo create(VolumeSpec spec) {
        byte[] body = JsonBodies.write(g -> {
            g.writeStartObject();
            g.writeStringField("Name", spec.name());
            g.writeStringField("Driver", spec.driver() == null ? "local" : spec.driver());
            JsonBodies.map(g, "DriverOpts", spec.options());
            JsonBodies.map(g, "Labels", spec.labels());
            g.writeEndObject();
        });
        Object created = api.exchange("create volume", spec.name(), "POST", "/volumes/create", body);
        return new VolumeInfo(JsonTree.text(JsonTree.at(created, "Name")), JsonTree.text(JsonTree.at(created, "Driver")),
                JsonTree.string(JsonTree.at(created, "Mountpoint")), spec.options(), spec.labels());
    }

    void remove(String name, boolean force) {
        api.call("remove volume", name, "DELETE", "/volumes/" + encode(name) + (force ? "?force=true" : ""), null);
    }
}
