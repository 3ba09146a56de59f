package dev.jcompose.exec;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The patterns of a {@code .dockerignore} file, matched as Docker does: paths relative to the context root with
 * {@code /} separators; {@code *} and {@code ?} stay within one path segment, {@code **} spans any number of them;
 * a pattern that matches a directory excludes everything under it; {@code !pattern} re-includes; the last matching
 * pattern decides.
 */
public final class DockerIgnore {

    public static final String FILE_NAME = ".dockerignore";

    private record Rule(Pattern regex, boolean exception) {
    }

    private final List<Rule> rules;

    private DockerIgnore(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    public static DockerIgnore none() {
        return new DockerIgnore(List.of());
    }

    /** Reads {@code .dockerignore} from a context directory; no file means nothing is excluded. */
    public static DockerIgnore read(Path contextDir) throws IOException {
        Path file = contextDir.resolve(FILE_NAME);
        return Files.isRegularFile(file) ? parse(Files.readString(file, StandardCharsets.UTF_8)) : none();
    }

    /** Parses the file's text: one pattern a line, {@code #} comments and blank lines ignored. */
    public static DockerIgnore parse(String text) {
        List<Rule> rules = new ArrayList<>();
        for (String line : text.split("\\R")) {
            if (line.startsWith("#")) {
                continue;
            }
            String pattern = line.strip();
            boolean exception = pattern.startsWith("!");
            if (exception) {
                pattern = pattern.substring(1).strip();
            }
            pattern = clean(pattern);
            if (!pattern.isEmpty()) {
                rules.add(new Rule(Pattern.compile(toRegex(pattern)), exception));
            }
        }
        return new DockerIgnore(rules);
    }

    /** A copy that never excludes {@code paths} (Docker always sends the Dockerfile and .dockerignore). */
    public DockerIgnore keeping(List<String> paths) {
        List<Rule> all = new ArrayList<>(rules);
        for (String path : paths) {
            String cleaned = clean(path);
            if (!cleaned.isEmpty()) {
                all.add(new Rule(Pattern.compile(Pattern.quote(cleaned)), true));
            }
        }
        return new DockerIgnore(all);
    }

    /** Whether some {@code !} pattern exists, so an excluded directory may still hold included files. */
    public boolean hasExceptions() {
        return rules.stream().anyMatch(Rule::exception);
    }

    /** Whether {@code path} (relative to the context, {@code /}-separated) stays out of the build context. */
    public boolean excludes(String path) {
        String file = clean(path);
        String[] segments = file.split("/");
        boolean excluded = false;
        for (Rule rule : rules) {
            if (rule.exception() != excluded) {
                continue; // cannot change the outcome
            }
            if (matchesOrParentMatches(rule.regex(), file, segments)) {
                excluded = !rule.exception();
            }
        }
        return excluded;
    }

    private static boolean matchesOrParentMatches(Pattern regex, String file, String[] segments) {
        if (regex.matcher(file).matches()) {
            return true;
        }
        StringBuilder parent = new StringBuilder();
        for (int i = 0; i < segments.length - 1; i++) {
            if (i > 0) parent.append('/');
            parent.append(segments[i]);
            if (regex.matcher(parent).matches()) {
                return true;
            }
        }
        return false;
    }

    /** Like Go's filepath.Clean plus Docker's removal of a leading slash: "./a//b/../c/" → "a/c". */
    static String clean(String path) {
        List<String> out = new ArrayList<>();
        for (String segment : path.replace('\\', '/').split("/")) {
            if (segment.isEmpty() || segment.equals(".")) {
                continue;
            }
            if (segment.equals("..")) {
                if (!out.isEmpty() && !out.get(out.size() - 1).equals("..")) {
                    out.remove(out.size() - 1);
                    continue;
                }
                if (path.startsWith("/")) {
                    continue; // cannot go above the root
                }
            }
            out.add(segment);
        }
        return String.join("/", out);
    }

    static String toRegex(String pattern) {
        StringBuilder regex = new StringBuilder("^");
        int n = pattern.length();
        for (int i = 0; i < n; i++) {
            char c = pattern.charAt(i);
            if (c == '*') {
                if (i + 1 < n && pattern.charAt(i + 1) == '*') {
                    i++;
                    if (i + 1 < n && pattern.charAt(i + 1) == '/') {
                        i++;
                    }
                    // "**" at the end takes everything; elsewhere "**/" is any number of whole directories, even none
                    regex.append(i + 1 >= n ? ".*" : "(.*/)?");
                } else {
                    regex.append("[^/]*");
                }
            } else if (c == '?') {
                regex.append("[^/]");
            } else if (c == '\\' && i + 1 < n) {
                regex.append(Pattern.quote(String.valueOf(pattern.charAt(++i))));
            } else if (c == '[') {
                int end = pattern.indexOf(']', i + 1);
                if (end < 0) {
                    regex.append("\\[");
                } else {
                    String set = pattern.substring(i + 1, end);
                    if (set.startsWith("^") || set.startsWith("!")) {
                        set = "^" + set.substring(1);
                    }
                    regex.append('[').append(set.replace("\\", "\\\\").replace("[", "\\[")).append(']');
                    i = end;
                }
            } else if (".+(){}|^$".indexOf(c) >= 0) {
                regex.append('\\').append(c);
            } else {
                regex.append(c);
            }
        }
        return regex.append('$').toString();
    }
}
