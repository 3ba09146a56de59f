package dev.jcompose.engine.docker;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.jcompose.engine.NetworkAttachmentSpec;

import java.io.IOException;
import java.util.List;

/** A container's endpoint on a network as the engine takes it, at create ({@code EndpointsConfig}) and connect. */
final class NetworkEndpoint {
    private NetworkEndpoint() {
    }

    static void write(JsonGenerator g, NetworkAttachmentSpec attachment, List<String> links) throws IOException {
        g.writeStartObject();
        if (!links.isEmpty()) JsonBodies.strings(g, "Links", links);
        if (attachment != null) {
            if (!attachment.aliases().isEmpty()) JsonBodies.strings(g, "Aliases", attachment.aliases());
            if (attachment.ipv4Address() != null || attachment.ipv6Address() != null) {
                g.writeObjectFieldStart("IPAMConfig");
                JsonBodies.string(g, "IPv4Address", attachment.ipv4Address());
                JsonBodies.string(g, "IPv6Address", attachment.ipv6Address());
                g.writeEndObject();
            }
            JsonBodies.string(g, "MacAddress", attachment.macAddress());
        }
        g.writeEndObject();
    }
}
