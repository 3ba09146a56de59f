package dev.jcompose.loader.validate;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The short port syntax {@code [host_ip:][published[-range]:]target[-range][/protocol]}, IPv6 host addresses
 * written {@code [::1]:80:80}, and the pieces the long syntax shares with it. Each check answers with the problem
 * as a message, or null when the text is fine.
 */
final class PortSyntax {

    static final Set<String> PROTOCOLS = Set.of("tcp", "udp", "sctp");

    private static final Pattern IPV6 = Pattern.compile("[0-9a-fA-F:.]*:[0-9a-fA-F:.]*(%[\\w.-]+)?");

    private PortSyntax() {
    }

    /** A port mapping in short syntax, as a string or a bare number. */
    static String problemOfMapping(String spec) {
        String rest = spec;
        int slash = rest.lastIndexOf('/');
        if (slash >= 0) {
            String p = problemOfProtocol(rest.substring(slash + 1));
            if (p != null) return p;
            rest = rest.substring(0, slash);
        }
        String ip = null;
        String published = null;
        String target;
        if (rest.startsWith("[")) {
            int close = rest.indexOf(']');
            if (close < 0 || close + 1 >= rest.length() || rest.charAt(close + 1) != ':') return grammar(spec);
            ip = rest.substring(1, close);
            String[] parts = rest.substring(close + 2).split(":", -1);
            if (parts.length != 2) return grammar(spec);
            published = parts[0];
            target = parts[1];
        } else {
            String[] parts = rest.split(":", -1);
            int n = parts.length;
            target = parts[n - 1];
            if (n >= 2) published = parts[n - 2];
            if (n >= 3) ip = String.join(":", java.util.Arrays.copyOf(parts, n - 2));
        }
        if (target.isEmpty()) return grammar(spec);
        if (ip != null && !ip.isEmpty()) {
            String p = problemOfHostIp(ip);
            if (p != null) return p;
        }
        String p = problemOfRange(target);
        if (p != null) return p;
        if (published == null || published.isEmpty()) return null;
        p = problemOfRange(published);
        if (p != null) return p;
        int targetCount = count(target);
        // A published range with a single target lets the engine pick one host port; otherwise lengths must match.
        if (targetCount > 1 && targetCount != count(published)) {
            return "\"" + spec + "\": published and target port ranges must have the same length";
        }
        return null;
    }

    /** A port or a port range {@code 8000-8010}. */
    static String problemOfRange(String text) {
        int dash = text.indexOf('-', 1);
        if (dash < 0) return problemOfPort(text);
        String p = problemOfPort(text.substring(0, dash));
        if (p == null) p = problemOfPort(text.substring(dash + 1));
        if (p != null) return p;
        if (number(text.substring(0, dash)) > number(text.substring(dash + 1))) {
            return "\"" + text + "\" is not a valid port range";
        }
        return null;
    }

    /** One port number, 1 to 65535. */
    static String problemOfPort(String text) {
        long n = number(text);
        return n >= 1 && n <= 65535 ? null : "\"" + text + "\" is not a valid port (1-65535)";
    }

    static String problemOfProtocol(String text) {
        return PROTOCOLS.contains(text.toLowerCase(Locale.ROOT)) ? null
                : "\"" + text + "\" is not a valid protocol (allowed: tcp, udp, sctp)";
    }

    static String problemOfHostIp(String text) {
        int[] octets = dottedQuad(text);
        if (octets != null) {
            for (int octet : octets) if (octet > 255) return "\"" + text + "\" is not a valid host IP";
            return null;
        }
        return IPV6.matcher(text).matches() ? null : "\"" + text + "\" is not a valid host IP";
    }

    /** The four numbers of an address written as four groups of one to three digits, else null. */
    private static int[] dottedQuad(String text) {
        int[] octets = new int[4];
        int group = 0;
        int digits = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                if (++digits > 3) return null;
                octets[group] = octets[group] * 10 + (c - '0');
            } else if (c == '.' && digits > 0 && group < 3) {
                group++;
                digits = 0;
            } else {
                return null;
            }
        }
        return group == 3 && digits > 0 ? octets : null;
    }

    /** A port expose entry: {@code port[-range][/protocol]}. */
    static String problemOfExpose(String text) {
        String rest = text;
        int slash = rest.lastIndexOf('/');
        if (slash >= 0) {
            String p = problemOfProtocol(rest.substring(slash + 1));
            if (p != null) return p;
            rest = rest.substring(0, slash);
        }
        return problemOfRange(rest);
    }

    private static int count(String range) {
        int dash = range.indexOf('-', 1);
        return dash < 0 ? 1 : (int) (number(range.substring(dash + 1)) - number(range.substring(0, dash)) + 1);
    }

    /** The number, or -1 when the text is not a plain decimal number. */
    private static long number(String text) {
        if (text.isEmpty() || text.length() > 9) return -1;
        long n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') return -1;
            n = n * 10 + (c - '0');
        }
        return n;
    }

    private static String grammar(String spec) {
        return "\"" + spec + "\" is not a valid port mapping (expected [host_ip:][published:]target[/protocol])";
    }
}
