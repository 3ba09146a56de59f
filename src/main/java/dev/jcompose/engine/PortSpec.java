package dev.jcompose.engine;

/**
 * A container port, optionally published. {@code hostPort} null = exposed only; "0" or "" = any free host port;
 * a range like "8000-8010" lets the engine pick within it. {@code hostIp} null = the engine's default address.
 */
public record PortSpec(int containerPort, String protocol, String hostIp, String hostPort) {
    public PortSpec {
        if (containerPort < 1 || containerPort > 65535) {
            throw new IllegalArgumentException("container port out of range: " + containerPort);
        }
        protocol = protocol == null ? "tcp" : protocol;
    }

    public static PortSpec exposed(int containerPort) {
        return new PortSpec(containerPort, "tcp", null, null);
    }

    public static PortSpec published(String hostIp, String hostPort, int containerPort) {
        return new PortSpec(containerPort, "tcp", hostIp, hostPort);
    }

    public boolean isPublished() {
        return hostPort != null;
    }
}
