package dev.jcompose.engine;

import java.util.List;

/** How a container sits on one network: its aliases there and its addresses (null when not running). */
public record NetworkAttachment(List<String> aliases, String ipv4Address, String macAddress) {
    public NetworkAttachment {
        aliases = List.copyOf(aliases);
    }
}
