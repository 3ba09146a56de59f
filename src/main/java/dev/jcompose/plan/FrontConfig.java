package dev.jcompose.plan;

import java.time.Duration;
import java.util.List;

/**
 * What a service's front proxy listens on and how it drains: everything its configuration needs but the replicas'
 * addresses, which only the engine knows once they run.
 *
 * @param network      the network on which the front reaches the replicas
 * @param drainTimeout how long in-flight requests and open connections of replaced replicas may take
 */
public record FrontConfig(String project, String service, String network, List<Listener> listeners,
                          Duration drainTimeout) {

    /** Where the configuration file lives in the front container. */
    public static final String PATH = "/etc/jcompose/nginx.conf";

    public FrontConfig {
        listeners = List.copyOf(listeners);
    }

    /**
     * One port the front listens on and forwards to the same port of the replicas.
     *
     * @param protocol tcp or udp
     * @param http     proxied as HTTP (a request at a time, keep-alive aware); else as a plain stream
     */
    public record Listener(int port, String protocol, boolean http) {
    }

    /** A replica the front forwards to: its container name and its address on {@link #network}. */
    public record Backend(String name, String address) {
    }
}
