package dev.jcompose.engine;

import java.util.List;
import java.util.Map;

/** A network to create. {@code driver} null = bridge; {@code ipamDriver} null = default. */
public record NetworkSpec(String name, String driver, Map<String, String> options, boolean internal,
                          boolean attachable, boolean enableIpv6, Map<String, String> labels, String ipamDriver,
                          List<IpamPool> ipamPools) {
    public NetworkSpec {
        options = options == null ? Map.of() : Map.copyOf(options);
        labels = labels == null ? Map.of() : Map.copyOf(labels);
        ipamPools = ipamPools == null ? List.of() : List.copyOf(ipamPools);
    }

    public static NetworkSpec bridge(String name, Map<String, String> labels) {
        return new NetworkSpec(name, null, Map.of(), false, false, false, labels, null, List.of());
    }
}
