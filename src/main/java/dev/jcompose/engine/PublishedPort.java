package dev.jcompose.engine;

/** A container port and, when published, where it is reachable on the host ({@code hostPort} 0 = not published). */
public record PublishedPort(int containerPort, String protocol, String hostIp, int hostPort) {
    public boolean isPublished() {
        return hostPort > 0;
    }
}
