package dev.jcompose.plan;

import dev.jcompose.engine.MountSpec;
import dev.jcompose.engine.MountType;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a recreated container keeps of the old one, as Docker Compose does: its anonymous volumes, both those the
 * service declares without a source ({@code volumes: [/data]}) and those the image declares ({@code VOLUME}), so
 * that their data survives a configuration change.
 */
final class AnonymousVolumes {

    private AnonymousVolumes() {
    }

    /** {@code wanted} with each anonymous volume replaced by the old one at the same path, plus the old ones at paths nothing else mounts. */
    static List<MountSpec> inherit(List<MountSpec> wanted, Map<String, String> oldByPath) {
        if (oldByPath.isEmpty()) return wanted;
        List<MountSpec> out = new ArrayList<>();
        Set<String> targets = new HashSet<>();
        for (MountSpec m : wanted) {
            targets.add(m.target());
            String old = oldByPath.get(m.target());
            if (m.type() == MountType.VOLUME && m.source() == null && old != null) {
                out.add(new MountSpec(MountType.VOLUME, old, m.target(), m.readOnly(), null, m.noCopy(), null, null));
            } else {
                out.add(m);
            }
        }
        oldByPath.forEach((path, name) -> {
            if (!targets.contains(path)) out.add(MountSpec.volume(name, path, false));
        });
        return out;
    }
}
