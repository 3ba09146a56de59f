package dev.jcompose.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The front's nginx configuration: HTTP listeners as an {@code http} proxy, other TCP and UDP ports as a
 * {@code stream} proxy, all to the given replicas. A header records the replicas it routes to, so that the next
 * run can read what the front is doing from the front itself.
 */
public final class NginxConfig {

    private static final String ROUTES = "# jcompose-routes:";
    private static final String GENERATION = "# jcompose-generation:";
    /** An address nothing listens on, marked down: an upstream needs a server even when no replica may serve. */
    private static final String NO_BACKEND = "127.0.0.1:9 down";

    private NginxConfig() {
    }

    public static String render(FrontConfig config, int generation, List<FrontConfig.Backend> backends) {
        StringBuilder b = new StringBuilder();
        b.append("# jcompose front of ").append(config.project()).append('/').append(config.service())
                .append(": written by jcompose, replaced on every switch\n");
        b.append(GENERATION).append(' ').append(generation).append('\n');
        b.append(ROUTES);
        for (FrontConfig.Backend be : backends) b.append(' ').append(be.name()).append('=').append(be.address());
        b.append('\n');
        // Debian's packages load the stream module from here; where it is built in, the pattern matches nothing.
        b.append("include /etc/nginx/modules-enabled/*.conf;\n");
        b.append("worker_processes 1;\n");
        b.append("pid /run/jcompose-nginx.pid;\n");
        b.append("error_log stderr notice;\n");
        b.append("worker_shutdown_timeout ").append(seconds(config)).append("s;\n");
        b.append("events {\n    worker_connections 4096;\n}\n");
        List<FrontConfig.Listener> http = config.listeners().stream().filter(FrontConfig.Listener::http).toList();
        List<FrontConfig.Listener> stream = config.listeners().stream().filter(l -> !l.http()).toList();
        if (!http.isEmpty()) http(b, http, backends);
        if (!stream.isEmpty()) stream(b, stream, backends);
        return b.toString();
    }

    private static void http(StringBuilder b, List<FrontConfig.Listener> listeners, List<FrontConfig.Backend> backends) {
        b.append("http {\n");
        b.append("    access_log off;\n");
        b.append("    client_max_body_size 0;\n");
        b.append("    map $http_upgrade $jcompose_connection {\n        default upgrade;\n        '' '';\n    }\n");
        for (FrontConfig.Listener l : listeners) {
            String upstream = upstreamName(l);
            upstream(b, upstream, l.port(), backends, "        keepalive 32;\n");
            b.append("    server {\n");
            b.append("        listen ").append(l.port()).append(";\n");
            b.append("        location / {\n");
            b.append("            proxy_pass http://").append(upstream).append(";\n");
            b.append("            proxy_http_version 1.1;\n");
            b.append("            proxy_set_header Host $http_host;\n");
            b.append("            proxy_set_header Upgrade $http_upgrade;\n");
            b.append("            proxy_set_header Connection $jcompose_connection;\n");
            b.append("            proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;\n");
            b.append("            proxy_set_header X-Forwarded-Proto $scheme;\n");
            b.append("            proxy_connect_timeout 2s;\n");
            // A replica that refuses or fails a request is passed over for the next one.
            b.append("            proxy_next_upstream error timeout http_502 http_503 http_504;\n");
            b.append("        }\n");
            b.append("    }\n");
        }
        b.append("}\n");
    }

    private static void stream(StringBuilder b, List<FrontConfig.Listener> listeners,
                               List<FrontConfig.Backend> backends) {
        b.append("stream {\n");
        for (FrontConfig.Listener l : listeners) {
            String upstream = upstreamName(l);
            upstream(b, upstream, l.port(), backends, "");
            b.append("    server {\n");
            b.append("        listen ").append(l.port()).append(l.protocol().equals("udp") ? " udp" : "").append(";\n");
            b.append("        proxy_pass ").append(upstream).append(";\n");
            b.append("        proxy_connect_timeout 2s;\n");
            b.append("        proxy_next_upstream on;\n");
            // A client that half-closes (sends all, then waits for the answer) must still get the answer.
            if (!l.protocol().equals("udp")) b.append("        proxy_half_close on;\n");
            b.append("    }\n");
        }
        b.append("}\n");
    }

    private static void upstream(StringBuilder b, String name, int port, List<FrontConfig.Backend> backends,
                                 String extra) {
        b.append("    upstream ").append(name).append(" {\n");
        if (backends.isEmpty()) b.append("        server ").append(NO_BACKEND).append(";\n");
        for (FrontConfig.Backend be : backends) {
            b.append("        server ").append(hostPort(be.address(), port)).append(";\n");
        }
        b.append(extra);
        b.append("    }\n");
    }

    private static String hostPort(String address, int port) {
        return (address.contains(":") ? "[" + address + "]" : address) + ":" + port;
    }

    private static String upstreamName(FrontConfig.Listener l) {
        return "replicas_" + l.protocol() + "_" + l.port();
    }

    private static long seconds(FrontConfig config) {
        return Math.max(1, (config.drainTimeout().toMillis() + 999) / 1000);
    }

    /** The replicas (name → address) a configuration written by {@link #render} routes to; null when it is not one. */
    public static Map<String, String> routes(String text) {
        if (text == null) return null;
        for (String line : text.lines().toList()) {
            if (!line.startsWith(ROUTES)) continue;
            Map<String, String> out = new LinkedHashMap<>();
            for (String part : line.substring(ROUTES.length()).trim().split(" ")) {
                if (part.isEmpty()) continue;
                int eq = part.indexOf('=');
                if (eq <= 0) return null;
                out.put(part.substring(0, eq), part.substring(eq + 1));
            }
            return out;
        }
        return null;
    }

    /** The names of the replicas a configuration routes to, in order; empty when unreadable. */
    public static List<String> routeNames(String text) {
        Map<String, String> routes = routes(text);
        return routes == null ? List.of() : new ArrayList<>(routes.keySet());
    }

    /** The generation a configuration serves; 0 when unknown. */
    public static int generation(String text) {
        if (text == null) return 0;
        for (String line : text.lines().toList()) {
            if (!line.startsWith(GENERATION)) continue;
            try {
                return Integer.parseInt(line.substring(GENERATION.length()).trim());
            } catch (NumberFormatException e) {
                return 0;
            }
        }
        return 0;
    }
}
