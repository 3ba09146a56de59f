package dev.jcompose.app.copy;

/** Path rules of {@code docker cp}, on slash-separated paths (the container's, and the host's on POSIX). */
final class CopyPaths {

    private CopyPaths() {
    }

    /** The path ends with a separator or names "." — it must be a directory. */
    static boolean assertsDirectory(String path) {
        return path.endsWith("/") || specifiesCurrentDir(path);
    }

    /** The last element is "." ({@code dir/.}: the directory's contents rather than the directory). */
    static boolean specifiesCurrentDir(String path) {
        return path.equals(".") || path.endsWith("/.");
    }

    /** {dir, base} of the cleaned path; a path naming "." keeps it as its base. */
    static String[] splitDirEntry(String path) {
        String cleaned = clean(path);
        if (specifiesCurrentDir(path)) cleaned = cleaned.equals("/") ? "/." : cleaned + "/.";
        int slash = cleaned.lastIndexOf('/');
        if (slash < 0) return new String[] {".", cleaned};
        String dir = slash == 0 ? "/" : cleaned.substring(0, slash);
        return new String[] {dir, cleaned.substring(slash + 1)};
    }

    /** Lexical cleaning: no duplicate or trailing slashes, no "." elements, ".." resolved where it can be. */
    static String clean(String path) {
        boolean absolute = path.startsWith("/");
        java.util.Deque<String> parts = new java.util.ArrayDeque<>();
        for (String p : path.split("/")) {
            if (p.isEmpty() || p.equals(".")) continue;
            if (p.equals("..")) {
                if (!parts.isEmpty() && !parts.peekLast().equals("..")) parts.removeLast();
                else if (!absolute) parts.addLast("..");
                continue;
            }
            parts.addLast(p);
        }
        String joined = String.join("/", parts);
        if (absolute) return "/" + joined;
        return joined.isEmpty() ? "." : joined;
    }

    /** {@code dir/name}, or {@code name} alone when it is absolute. */
    static String join(String dir, String name) {
        if (name.startsWith("/")) return name;
        return dir.endsWith("/") ? dir + name : dir + "/" + name;
    }

    /** An entry name under {@code oldBase} renamed to be under {@code newBase}; others as they are. */
    static String rebase(String name, String oldBase, String newBase) {
        if (oldBase.equals(newBase)) return name;
        if (oldBase.equals(".")) {
            // an archive of a directory's contents ("dir/."): every entry is under "."
            return name.isEmpty() || name.equals(".") ? newBase : newBase + "/" + name;
        }
        if (name.equals(oldBase)) return newBase;
        if (name.startsWith(oldBase + "/")) return newBase + name.substring(oldBase.length());
        return name;
    }
}
