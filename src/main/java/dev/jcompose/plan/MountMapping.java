package dev.jcompose.plan;

import dev.jcompose.engine.MountSpec;
import dev.jcompose.engine.MountType;
import dev.jcompose.model.FileObjectSpec;
import dev.jcompose.model.FileRef;
import dev.jcompose.model.Mount;
import dev.jcompose.model.Project;
import dev.jcompose.model.Service;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A service's {@code volumes}, file-based {@code secrets} and {@code configs} as engine mounts. Secrets and configs
 * whose content does not come from a file (environment, inline content, external) have no host file to bind and
 * are left out here.
 */
final class MountMapping {

    static final String SECRETS_DIR = "/run/secrets/";

    private MountMapping() {
    }

    static List<MountSpec> of(Project project, Service s) {
        List<MountSpec> out = new ArrayList<>();
        for (Mount m : s.volumes()) {
            MountSpec spec = mount(project, m);
            if (spec != null) out.add(spec);
        }
        for (FileRef ref : s.secrets()) {
            String file = file(project.secrets(), ref.source());
            if (file != null) out.add(MountSpec.bind(file, secretTarget(ref), true));
        }
        for (FileRef ref : s.configs()) {
            String file = file(project.configs(), ref.source());
            if (file != null) out.add(MountSpec.bind(file, configTarget(ref), true));
        }
        return out;
    }

    private static MountSpec mount(Project project, Mount m) {
        return switch (m.type()) {
            case BIND -> new MountSpec(MountType.BIND, m.source(), m.target(), m.readOnly(),
                    m.bind() == null ? null : m.bind().propagation(), false, null, null,
                    m.bind() != null && m.bind().createHostPath());
            case VOLUME -> new MountSpec(MountType.VOLUME,
                    m.isNamedVolume() ? Names.volume(project, m.source()) : null, m.target(), m.readOnly(), null,
                    m.volume() != null && m.volume().nocopy(), null, null);
            case TMPFS -> new MountSpec(MountType.TMPFS, null, m.target(), false, null, false,
                    m.tmpfs() == null ? null : m.tmpfs().size(), m.tmpfs() == null ? null : m.tmpfs().mode());
            // npipe is Windows-only; image and cluster mounts have no engine counterpart yet.
            case NPIPE, CLUSTER, IMAGE -> null;
        };
    }

    private static String file(Map<String, FileObjectSpec> declared, String source) {
        FileObjectSpec spec = declared.get(source);
        return spec == null || spec.external() ? null : spec.file();
    }

    /** {@code /run/secrets/<source>}, or the target: absolute as given, relative under {@code /run/secrets}. */
    static String secretTarget(FileRef ref) {
        String target = ref.target();
        if (target == null || target.isEmpty()) return SECRETS_DIR + ref.source();
        return target.startsWith("/") ? target : SECRETS_DIR + target;
    }

    /** The target, else {@code /<source>}. */
    static String configTarget(FileRef ref) {
        String target = ref.target();
        if (target == null || target.isEmpty()) return "/" + ref.source();
        return target;
    }
}
