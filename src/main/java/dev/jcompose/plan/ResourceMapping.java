package dev.jcompose.plan;

import dev.jcompose.engine.Resources;
import dev.jcompose.model.Deploy;
import dev.jcompose.model.Service;

/** Memory, CPU and pid limits; {@code deploy.resources} wins over the service-level attributes, as in Compose. */
final class ResourceMapping {

    private ResourceMapping() {
    }

    static Resources of(Service s) {
        Deploy.Resource limits = null;
        Deploy.Resource reservations = null;
        if (s.deploy() != null && s.deploy().resources() != null) {
            limits = s.deploy().resources().limits();
            reservations = s.deploy().resources().reservations();
        }
        Long memory = limits != null && limits.memory() != null ? limits.memory() : s.memLimit();
        Long reservation = reservations != null && reservations.memory() != null
                ? reservations.memory() : s.memReservation();
        Double cpus = limits != null && limits.cpus() != null ? limits.cpus() : s.cpus();
        Long pids = limits != null && limits.pids() != null ? limits.pids() : s.pidsLimit();
        Long nanoCpus = cpus == null || cpus == 0 ? null : Math.round(cpus * 1_000_000_000d);
        Integer shares = s.cpuShares() == null ? null : s.cpuShares().intValue();
        Resources r = new Resources(memory, reservation, s.memswapLimit(), nanoCpus, shares, s.cpuset(), pids);
        return r.equals(Resources.NONE) ? Resources.NONE : r;
    }
}
