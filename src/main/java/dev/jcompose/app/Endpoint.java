package dev.jcompose.app;

/**
 * Where a published port of a service's container is reachable from this machine: a URL ({@code http://...}) for
 * HTTP ports, else {@code host:port} (with {@code /udp} for UDP).
 */
public record Endpoint(String service, String container, int containerPort, String address) {

    public boolean isUrl() {
        return address.contains("://");
    }
}
