package dev.jcompose.loader.normalize;

import java.util.LinkedHashMap;
import java.util.function.Function;

/**
 * An {@code env_file} with {@code format: raw}: {@code docker run --env-file} syntax, which Docker Compose uses for
 * that format. Each line is {@code NAME=value} with the value taken verbatim (quotes, {@code $} and trailing spaces
 * included); a line with a bare {@code NAME} passes that variable through when it is set; blank lines and lines
 * starting with {@code #} are skipped.
 */
final class RawEnvFile {

    private RawEnvFile() {
    }

    /** @param lookup a variable of the environment, or null when unset */
    static LinkedHashMap<String, String> parse(String text, Function<String, String> lookup) {
        LinkedHashMap<String, String> vars = new LinkedHashMap<>();
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        for (String raw : text.split("\n", -1)) {
            String line = raw.endsWith("\r") ? raw.substring(0, raw.length() - 1) : raw;
            line = line.stripLeading();
            if (line.isEmpty() || line.startsWith("#")) continue;
            int eq = line.indexOf('=');
            if (eq >= 0) {
                vars.put(line.substring(0, eq), line.substring(eq + 1));
            } else {
                String value = lookup.apply(line);
                if (value != null) vars.put(line, value);
            }
        }
        return vars;
    }
}
