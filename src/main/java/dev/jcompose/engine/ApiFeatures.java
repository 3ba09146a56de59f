package dev.jcompose.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The container settings that need a newer engine API than the one spoken, left out of a create request with a
 * warning each, so that an older engine still runs the container (rather than failing, or ignoring the setting
 * without a word, as an engine does with a field it does not know).
 */
public final class ApiFeatures {

    static final String START_INTERVAL = "1.44";
    static final String ANNOTATIONS = "1.43";
    static final String MAC_PER_NETWORK = "1.44";

    private ApiFeatures() {
    }

    /** The spec with what {@code apiVersion} cannot carry left out, and a warning for each setting left out. */
    public static CreateRequest adapt(ContainerSpec spec, String apiVersion) {
        List<String> warnings = new ArrayList<>();
        HealthcheckSpec healthcheck = spec.healthcheck();
        if (healthcheck != null && healthcheck.startInterval() != null && older(apiVersion, START_INTERVAL)) {
            warnings.add(leftOut("healthcheck start_interval needs", START_INTERVAL, "25", apiVersion, "it is"));
            healthcheck = healthcheck.withoutStartInterval();
        }
        Map<String, String> annotations = spec.annotations();
        if (!annotations.isEmpty() && older(apiVersion, ANNOTATIONS)) {
            warnings.add(leftOut("annotations need", ANNOTATIONS, "24", apiVersion, "they are"));
            annotations = Map.of();
        }
        ContainerSpec adapted = spec.healthcheck() == healthcheck && spec.annotations() == annotations
                ? spec : spec.withHealthcheckAndAnnotations(healthcheck, annotations);
        if (older(apiVersion, MAC_PER_NETWORK) && spec.networkMode() == null) {
            Map<String, NetworkAttachmentSpec> networks = new LinkedHashMap<>();
            boolean first = true;
            for (Map.Entry<String, NetworkAttachmentSpec> e : spec.networks().entrySet()) {
                NetworkAttachmentSpec a = e.getValue();
                if (!first && a != null && a.macAddress() != null) {
                    warnings.add(leftOut("the MAC address on network " + e.getKey() + " needs", MAC_PER_NETWORK,
                            "25", apiVersion, "it is"));
                    a = a.withoutMacAddress();
                }
                networks.put(e.getKey(), a);
                first = false;
            }
            if (!networks.equals(spec.networks())) adapted = adapted.withNetworks(networks);
        }
        return new CreateRequest(adapted, warnings);
    }

    /** A create request as sent, and what was left out of it. */
    public record CreateRequest(ContainerSpec spec, List<String> warnings) {
        public CreateRequest {
            warnings = List.copyOf(warnings);
        }
    }

    /** Whether {@code version} ("1.41") is older than {@code needed} ("1.44"). */
    public static boolean older(String version, String needed) {
        return compare(version, needed) < 0;
    }

    /** API versions compared part by part as numbers ("1.100" is newer than "1.44"); a missing part is 0. */
    public static int compare(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            int p = i < x.length ? Integer.parseInt(x[i].trim()) : 0;
            int q = i < y.length ? Integer.parseInt(y[i].trim()) : 0;
            if (p != q) return Integer.compare(p, q);
        }
        return 0;
    }

    private static String leftOut(String whatNeeds, String api, String engineVersion, String spoken, String itIs) {
        return whatNeeds + " engine API " + api + " (Docker Engine " + engineVersion + " or later); this engine "
                + "speaks API " + spoken + ", so " + itIs + " not applied";
    }
}
