package dev.jcompose.loader.normalize;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Optional;
import java.util.function.BiFunction;

/** Reads the variables of an {@code env_file}, in file order. */
@FunctionalInterface
public interface EnvFileReader {

    /** The file's variables, or empty when the file does not exist. */
    Optional<LinkedHashMap<String, String>> read(Path file) throws IOException;

    /**
     * A reader of files on disk; {@code parser} turns a file's text and label into its variables
     * (the loader passes {@code DotEnvParser.parse} with its lookup and diagnostics).
     */
    static EnvFileReader ofFiles(BiFunction<String, String, LinkedHashMap<String, String>> parser) {
        return file -> Files.exists(file)
                ? Optional.of(parser.apply(Files.readString(file), file.toString()))
                : Optional.empty();
    }
}
