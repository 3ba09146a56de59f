package dev.jcompose.model;

/**
 * A published or exposed container port. {@code published} is a string because it may be a range ("8000-8010") or
 * absent (an ephemeral host port); {@code hostIp} is null when the port binds to every interface.
 */
public record Port(int target, String published, String hostIp, String protocol, String mode, String name,
                   String appProtocol) {

    public static Port tcp(int target, String published) {
        return new Port(target, published, null, "tcp", "ingress", null, null);
    }

    public boolean isPublished() {
        return published != null && !published.isEmpty();
    }
}
