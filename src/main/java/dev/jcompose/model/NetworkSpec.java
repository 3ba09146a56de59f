package dev.jcompose.model;

import java.util.List;
import java.util.Map;

/** A top-level network. {@code name} is the engine's name: {@code <project>_<key>} unless given or external. */
public record NetworkSpec(String name, String driver, Map<String, String> driverOpts, Ipam ipam, boolean external,
                          boolean internal, boolean attachable, Map<String, String> labels, Boolean enableIpv4,
                          Boolean enableIpv6, Map<String, Object> extensions) {

    public NetworkSpec {
        driverOpts = Copies.map(driverOpts);
        labels = Copies.map(labels);
        extensions = Copies.map(extensions);
    }

    public NetworkSpec(String name, String driver, Map<String, String> driverOpts, Ipam ipam, boolean external,
                       boolean internal, boolean attachable, Map<String, String> labels, Boolean enableIpv4,
                       Boolean enableIpv6) {
        this(name, driver, driverOpts, ipam, external, internal, attachable, labels, enableIpv4, enableIpv6, Map.of());
    }

    public static NetworkSpec named(String name) {
        return new NetworkSpec(name, null, null, null, false, false, false, null, null, null);
    }

    public record Ipam(String driver, List<IpamPool> config, Map<String, String> options) {
        public Ipam {
            config = Copies.list(config);
            options = Copies.map(options);
        }
    }

    public record IpamPool(String subnet, String gateway, String ipRange, Map<String, String> auxAddresses) {
        public IpamPool {
            auxAddresses = Copies.map(auxAddresses);
        }
    }
}
