package dev.jcompose.engine;

import java.util.List;
import java.util.Map;

/** A network as the engine reports it. */
public record NetworkInfo(String id, String name, String driver, boolean internal, boolean attachable,
                          Map<String, String> options, Map<String, String> labels, List<IpamPool> ipamPools) {
    public NetworkInfo {
        options = Map.copyOf(options);
        labels = Map.copyOf(labels);
        ipamPools = List.copyOf(ipamPools);
    }
}
