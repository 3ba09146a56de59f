package dev.jcompose.cli.shell;

import dev.jcompose.cli.ProjectLoading;
import dev.jcompose.loader.interpolate.Variables;
import dev.jcompose.loader.LoadRequest;
import dev.jcompose.loader.LoadResult;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The shell's loader: keeps each loaded project and hands it out again while none of the files it came from has
 * changed (their sizes and modification times are compared on every load), so commands in the shell do not parse
 * the project again, and an edit shows in the next command. Standard input ({@code -f -}) is never kept.
 */
final class ReloadingProjectLoading implements ProjectLoading {

    private static final int KEPT = 8;

    /** A request without its standard input supplier, which has no useful equality. */
    private record Key(List<String> files, String projectName, String projectDirectory, List<String> envFiles,
                       List<String> profiles, Map<String, String> environment, Path workingDir, boolean interpolate) {
        static Key of(LoadRequest r) {
            return new Key(r.files(), r.projectName(), r.projectDirectory(), r.envFiles(), r.profiles(),
                    r.environment(), r.workingDir(), r.interpolate());
        }
    }

    private record Kept(LoadResult result, ProjectFiles.Stamp stamp) {
    }

    private final ProjectLoading delegate;
    private final Map<Key, Kept> kept = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Kept> eldest) {
            return size() > KEPT;
        }
    };
    private int loads;

    ReloadingProjectLoading(ProjectLoading delegate) {
        this.delegate = delegate;
    }

    @Override
    public Map<String, Variables.Variable> variables(LoadRequest request) {
        return delegate.variables(request);
    }

    @Override
    public synchronized LoadResult load(LoadRequest request) {
        if (request.files().contains("-")) return delegate.load(request);
        Key key = Key.of(request);
        Kept k = kept.get(key);
        if (k != null && k.stamp().equals(ProjectFiles.stamp(k.stamp().paths()))) return k.result();
        kept.remove(key);
        LoadResult result = delegate.load(request);
        loads++;
        kept.put(key, new Kept(result, ProjectFiles.stamp(ProjectFiles.of(request, result))));
        return result;
    }

    /** How many times the project was really loaded (for tests). */
    synchronized int loads() {
        return loads;
    }
}
