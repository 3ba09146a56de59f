package dev.jcompose.engine;

import java.util.List;

/** How a container joins a network. {@code ipv4Address} null = assigned by the engine. */
public record NetworkAttachmentSpec(List<String> aliases, String ipv4Address, String ipv6Address) {
    public NetworkAttachmentSpec {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }

    public static NetworkAttachmentSpec withAliases(String... aliases) {
        return new NetworkAttachmentSpec(List.of(aliases), null, null);
    }
}
