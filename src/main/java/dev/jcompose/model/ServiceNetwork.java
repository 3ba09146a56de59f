package dev.jcompose.model;

import java.util.List;
import java.util.Map;

/** A service's attachment to one network; {@link #PLAIN} is membership without options ({@code networks: [x]}). */
public record ServiceNetwork(List<String> aliases, String ipv4Address, String ipv6Address, List<String> linkLocalIps,
                             String macAddress, Map<String, String> driverOpts, Integer gwPriority,
                             Integer priority, String interfaceName) {

    public static final ServiceNetwork PLAIN = new ServiceNetwork(null, null, null, null, null, null, null, null, null);

    public ServiceNetwork {
        aliases = Copies.list(aliases);
        linkLocalIps = Copies.list(linkLocalIps);
        driverOpts = Copies.map(driverOpts);
    }

    /** Field by field rather than {@code equals(PLAIN)}: a record's first equals call costs a bootstrap. */
    public boolean isPlain() {
        return aliases.isEmpty() && ipv4Address == null && ipv6Address == null && linkLocalIps.isEmpty()
                && macAddress == null && driverOpts.isEmpty() && gwPriority == null && priority == null
                && interfaceName == null;
    }
}
