package dev.jcompose.app;

import dev.jcompose.engine.PublishedPort;
import dev.jcompose.model.Port;
import dev.jcompose.model.Service;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Turns a container's published ports into what a person types to reach them. A TCP port is shown as a URL when
 * it is likely HTTP, by the first rule that applies:
 * <ol>
 *   <li>the port's {@code app_protocol} in the compose file ({@code http}, {@code https}; anything else: not a URL);</li>
 *   <li>container port 443 or 8443: {@code https://};</li>
 *   <li>container port 80, 3000, 4200, 5000, 5173, 8000, 8008, 8080, 8081 or 8888: {@code http://};</li>
 *   <li>the service's healthcheck probes an {@code http://} or {@code https://} URL: that scheme;</li>
 * </ol>
 * otherwise {@code host:port}. A port bound to every address (0.0.0.0, ::) is shown on 127.0.0.1.
 */
public final class Endpoints {

    private static final Set<Integer> HTTPS_PORTS = Set.of(443, 8443);
    private static final Set<Integer> HTTP_PORTS = Set.of(80, 3000, 4200, 5000, 5173, 8000, 8008, 8080, 8081, 8888);

    private Endpoints() {
    }

    /** One endpoint per published host binding, in the engine's order, without duplicates. */
    public static List<Endpoint> of(Service service, String container, List<PublishedPort> ports) {
        Set<String> seen = new LinkedHashSet<>();
        List<Endpoint> out = new ArrayList<>();
        for (PublishedPort p : ports) {
            if (!p.isPublished()) continue;
            String address = address(service, p);
            if (seen.add(address)) out.add(new Endpoint(service.name(), container, p.containerPort(), address));
        }
        return out;
    }

    static String address(Service service, PublishedPort p) {
        String hostPort = host(p.hostIp()) + ":" + p.hostPort();
        if (!"tcp".equalsIgnoreCase(p.protocol())) return hostPort + "/" + p.protocol().toLowerCase(Locale.ROOT);
        String scheme = scheme(service, p.containerPort());
        return scheme == null ? hostPort : scheme + "://" + hostPort;
    }

    private static String scheme(Service service, int containerPort) {
        for (Port declared : service.ports()) {
            if (declared.target() == containerPort && declared.appProtocol() != null) {
                String proto = declared.appProtocol().toLowerCase(Locale.ROOT);
                return proto.equals("http") || proto.equals("https") ? proto : null;
            }
        }
        if (HTTPS_PORTS.contains(containerPort)) return "https";
        if (HTTP_PORTS.contains(containerPort)) return "http";
        return healthcheckScheme(service);
    }

    private static String healthcheckScheme(Service service) {
        if (service.healthcheck() == null || service.healthcheck().isDisabled()) return null;
        String test = String.join(" ", service.healthcheck().test());
        if (test.contains("https://")) return "https";
        if (test.contains("http://")) return "http";
        return null;
    }

    private static String host(String ip) {
        if (ip == null || ip.isEmpty() || ip.equals("0.0.0.0") || ip.equals("::")) return "127.0.0.1";
        return ip.contains(":") ? "[" + ip + "]" : ip;
    }
}
