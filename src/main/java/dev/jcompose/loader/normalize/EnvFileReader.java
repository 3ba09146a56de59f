package dev.jcompose.loader.normalize;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

/** Reads the variables of an {@code env_file}, in file order. */
@FunctionalInterface
public interface EnvFileReader {

    /** The file's variables, or empty when the file does not exist. */
    Optional<LinkedHashMap<String, String>> read(Path file) throws IOException;

    /** The same in the file's {@code format}: {@code raw}, or null for the .env syntax. */
    default Optional<LinkedHashMap<String, String>> read(Path file, String format) throws IOException {
        return read(file);
    }

    /**
     * A reader of files on disk; {@code parser} turns a file's text and label into its variables
     * (the loader passes {@code DotEnvParser.parse} with its lookup and diagnostics).
     */
    static EnvFileReader ofFiles(BiFunction<String, String, LinkedHashMap<String, String>> parser) {
        return file -> Files.exists(file)
                ? Optional.of(parser.apply(Files.readString(file), file.toString()))
                : Optional.empty();
    }

    /** As {@link #ofFiles(BiFunction)}, reading {@code format: raw} files with {@link RawEnvFile}. */
    static EnvFileReader ofFiles(BiFunction<String, String, LinkedHashMap<String, String>> parser,
                                 Function<String, String> lookup) {
        EnvFileReader dotEnv = ofFiles(parser);
        return new EnvFileReader() {
            @Override
            public Optional<LinkedHashMap<String, String>> read(Path file) throws IOException {
                return dotEnv.read(file);
            }

            @Override
            public Optional<LinkedHashMap<String, String>> read(Path file, String format) throws IOException {
                if (!"raw".equals(format)) return read(file);
                return Files.exists(file) ? Optional.of(RawEnvFile.parse(Files.readString(file), lookup))
                        : Optional.empty();
            }
        };
    }
}
