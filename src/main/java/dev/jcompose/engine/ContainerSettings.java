package dev.jcompose.engine;

import java.util.List;
import java.util.Map;

/**
 * A container's create-time settings as the engine reports them on inspect (what {@link ContainerDetails} does not
 * already say), in the port's units. The engine fills in its own defaults, so only a setting that was asked for
 * can be compared with the request; one the engine discarded (and warned about) reads as its default.
 * {@code macAddress} is the address on the first network; {@code exposedPorts} reads {@code 8080/tcp}.
 */
public record ContainerSettings(Resources resources, HealthcheckSpec healthcheck, String runtime,
                                Integer oomScoreAdj, String usernsMode, String utsMode, String cgroupnsMode,
                                String isolation, Map<String, String> storageOpt, String volumeDriver,
                                String macAddress, Map<String, String> annotations, List<String> securityOpt,
                                Map<String, String> sysctls, List<String> groupAdd, String ipcMode, String pidMode,
                                String domainname, List<String> dnsSearch, List<String> dnsOptions, boolean tty,
                                boolean stdinOpen, boolean readOnlyRootfs, List<String> exposedPorts,
                                List<String> links, boolean systemPathsUnmasked) {

    public static final ContainerSettings NONE = new ContainerSettings(Resources.NONE, null, null, null, null, null,
            null, null, null, null, null, null, null, null, null, null, null, null, null, null, false, false, false,
            null, null, false);

    public ContainerSettings {
        resources = resources == null ? Resources.NONE : resources;
        storageOpt = storageOpt == null ? Map.of() : Map.copyOf(storageOpt);
        annotations = annotations == null ? Map.of() : Map.copyOf(annotations);
        securityOpt = securityOpt == null ? List.of() : List.copyOf(securityOpt);
        sysctls = sysctls == null ? Map.of() : Map.copyOf(sysctls);
        groupAdd = groupAdd == null ? List.of() : List.copyOf(groupAdd);
        dnsSearch = dnsSearch == null ? List.of() : List.copyOf(dnsSearch);
        dnsOptions = dnsOptions == null ? List.of() : List.copyOf(dnsOptions);
        exposedPorts = exposedPorts == null ? List.of() : List.copyOf(exposedPorts);
        links = links == null ? List.of() : List.copyOf(links);
    }
}
