package dev.jcompose.loader.dockerrun;

import dev.jcompose.diag.YamlPath;
import dev.jcompose.loader.tree.MapNode;
import dev.jcompose.loader.tree.Node;
import dev.jcompose.loader.tree.ScalarNode;

import java.util.Locale;

/** One Dockerrun port mapping to a compose long-syntax port: {@code {target, published?, protocol?}}. */
final class PortMappings {

    private PortMappings() {
    }

    /**
     * @param published the host port to use when the file gives none (or 0); null publishes on an ephemeral port
     * @return the port, or null after reporting an error
     */
    static MapNode toComposePort(JsonObject m, String containerKey, String hostKey, String protocolKey,
                                 ScalarNode published) {
        if (!m.has(containerKey)) {
            m.diags().error(m.location(), m.path(), "\"" + containerKey + "\" is required");
            return null;
        }
        Long target = port(m, containerKey, false);
        Long host = m.has(hostKey) ? port(m, hostKey, true) : null;
        String protocol = protocolKey == null ? null : protocol(m, protocolKey);
        if (target == null || (m.has(hostKey) && host == null) || (protocolKey != null && m.has(protocolKey) && protocol == null)) {
            return null;
        }
        ComposeMap p = new ComposeMap(m.location());
        p.put("target", m.keyLocation(containerKey), ScalarNode.integer(target, m.get(containerKey).location()));
        if (host != null && host != 0) {
            p.put("published", m.keyLocation(hostKey), ScalarNode.string(Long.toString(host), m.get(hostKey).location()));
        } else if (published != null) {
            p.put("published", published.location(), published);
        }
        if (protocol != null) {
            p.putString("protocol", m.keyLocation(protocolKey), protocol, m.get(protocolKey).location());
        }
        return p.build();
    }

    private static Long port(JsonObject m, String key, boolean zeroAllowed) {
        Node v = m.get(key);
        String text = v instanceof ScalarNode s ? s.text().trim() : null;
        try {
            long n = Long.parseLong(text);
            if ((n == 0 && zeroAllowed) || (n >= 1 && n <= 65535)) return n;
        } catch (NumberFormatException notANumber) {
            // reported below
        }
        YamlPath at = m.pathOf(key);
        String shown = text == null ? JsonValues.describe(v) : "\"" + text + "\"";
        m.diags().error(v.location(), at, shown + " is not a valid port (1-65535" + (zeroAllowed ? ", or 0 for any free port)" : ")"));
        return null;
    }

    private static String protocol(JsonObject m, String key) {
        String p = m.string(key);
        if (p == null) return null;
        String lower = p.toLowerCase(Locale.ROOT);
        if (lower.equals("tcp") || lower.equals("udp")) return lower;
        m.diags().error(m.get(key).location(), m.pathOf(key), "\"" + p + "\" is not a valid protocol (allowed: tcp, udp)");
        return null;
    }
}
