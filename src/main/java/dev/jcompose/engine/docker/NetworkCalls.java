package dev.jcompose.engine.docker;

import static dev.jcompose.engine.docker.EngineApi.encode;

import dev.jcompose.engine.IpamPool;
import dev.jcompose.engine.NetworkAttachmentSpec;
import dev.jcompose.engine.NetworkSpec;

/** Networks on the engine: create, remove, and a container joining or leaving one. */
final class NetworkCalls {
    private final EngineApi api;

    NetworkCalls(EngineApi api) {
        this.api = api;
    }

    String create(NetworkSpec spec) {
        byte[] body = JsonBodies.write(g -> {
            g.writeStartObject();
            g.writeStringField("Name", spec.name());
            g.writeBooleanField("CheckDuplicate", true);
            g.writeStringField("Driver", spec.driver() == null ? "bridge" : spec.driver());
            g.writeBooleanField("Internal", spec.internal());
            g.writeBooleanField("Attachable", spec.attachable());
            g.writeBooleanField("EnableIPv6", spec.enableIpv6());
            if (spec.ipamDriver() != null || !spec.ipamPools().isEmpty()) {
                g.writeObjectFieldStart("IPAM");
                g.writeStringField("Driver", spec.ipamDriver() == null ? "default" : spec.ipamDriver());
                g.writeArrayFieldStart("Config");
                for (IpamPool p : spec.ipamPools()) {
                    g.writeStartObject();
                    JsonBodies.string(g, "Subnet", p.subnet());
                    JsonBodies.string(g, "IPRange", p.ipRange());
                    JsonBodies.string(g, "Gateway", p.gateway());
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            JsonBodies.map(g, "Options", spec.options());
            JsonBodies.map(g, "Labels", spec.labels());
            g.writeEndObject();
        });
        return JsonTree.text(JsonTree.at(api.exchange("create network", spec.name(), "POST", "/networks/create", body),
                "Id"));
    }

    void remove(String idOrName) {
        api.call("remove network", idOrName, "DELETE", "/networks/" + encode(idOrName), null);
    }

    void connect(String network, String container, NetworkAttachmentSpec attachment) {
        byte[] body = JsonBodies.write(g -> {
            g.writeStartObject();
            g.writeStringField("Container", container);
            g.writeFieldName("EndpointConfig");
            NetworkEndpoint.write(g, attachment, java.util.List.of());
            g.writeEndObject();
        });
        api.call("connect container " + container + " to network", network, "POST",
                "/networks/" + encode(network) + "/connect", body);
    }

    void disconnect(String network, String container, boolean force) {
        byte[] body = JsonBodies.write(g -> {
            g.writeStartObject();
            g.writeStringField("Container", container);
            g.writeBooleanField("Force", force);
            g.writeEndObject();
        });
        api.call("disconnect container " + container + " from network", network, "POST",
                "/networks/" + encode(network) + "/disconnect", body);
    }
}
