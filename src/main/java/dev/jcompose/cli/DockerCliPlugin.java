package dev.jcompose.cli;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * jcompose as a docker CLI plugin ({@code ~/.docker/cli-plugins/docker-jcompose}, run as {@code docker jcompose}).
 * The docker CLI asks a plugin for its metadata with {@code docker-jcompose docker-cli-plugin-metadata}, and runs it
 * as {@code docker-jcompose [DOCKER GLOBAL OPTIONS] jcompose ARGS…} (for {@code docker help jcompose}:
 * {@code help jcompose}) with DOCKER_CLI_PLUGIN_ORIGINAL_CLI_COMMAND set.
 * The docker options choose the engine, so they become the environment variables that do the same for jcompose.
 */
public final class DockerCliPlugin {

    static final String METADATA_COMMAND = "docker-cli-plugin-metadata";
    /** Set by the docker CLI in a plugin's environment. */
    static final String RUN_BY_DOCKER = "DOCKER_CLI_PLUGIN_ORIGINAL_CLI_COMMAND";
    private static final String NAME = "jcompose";

    private DockerCliPlugin() {
    }

    /** A command line as jcompose reads it, with the environment it runs in. */
    public record Invocation(String[] args, Map<String, String> environment) {
    }

    /** The JSON object the docker CLI reads to list and accept the plugin. */
    static Optional<String> metadata(String[] args) {
        if (args.length != 1 || !args[0].equals(METADATA_COMMAND)) return Optional.empty();
        return Optional.of("{\"SchemaVersion\":\"0.1.0\",\"Vendor\":\"jcompose\",\"Version\":\""
                + VersionInfo.version() + "\",\"ShortDescription\":\"Docker Compose v2 compatible multi-container"
                + " tool (jcompose)\"}");
    }

    /**
     * The command line without the plugin's name and the docker global options before it, those options moved
     * into the environment; anything else (not run by the docker CLI, or not as its plugin) is left as it is.
     */
    public static Invocation invocation(String[] args, Map<String, String> environment) {
        if (environment.get(RUN_BY_DOCKER) == null) return new Invocation(args, environment);
        Map<String, String> env = new HashMap<>(environment);
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals(NAME)) return new Invocation(Arrays.copyOfRange(args, i + 1, args.length), env);
            // docker help jcompose [COMMAND]: help NAME [COMMAND]
            if (arg.equals("help") && i + 1 < args.length && args[i + 1].equals(NAME)) {
                String[] help = new String[args.length - i - 1];
                help[0] = "help";
                System.arraycopy(args, i + 2, help, 1, args.length - i - 2);
                return new Invocation(help, env);
            }
            if (!arg.startsWith("-")) break;
            int equals = arg.indexOf('=');
            String name = equals > 0 ? arg.substring(0, equals) : arg;
            Option option = Option.of(name);
            if (option == null && !name.startsWith("--") && name.length() > 2) {
                option = Option.of(name.substring(0, 2)); // -Hunix:///… : a short option with its value attached
                if (option != null && option.takesValue) {
                    option.apply(arg.substring(2), env);
                    continue;
                }
            }
            if (option == null) break;
            if (!option.takesValue) {
                option.apply(null, env);
                continue;
            }
            String value = equals > 0 ? arg.substring(equals + 1) : i + 1 < args.length ? args[++i] : null;
            if (value == null) break;
            option.apply(value, env);
        }
        return new Invocation(args, environment);
    }

    /**
     * The docker CLI's global options (all of {@code docker --help}'s but -v, which the CLI answers itself), each with
     * the environment variable that says the same to jcompose; the logging ones say nothing to it.
     */
    private enum Option {
        HOST(true, "DOCKER_HOST", "-H", "--host"),
        CONTEXT(true, "DOCKER_CONTEXT", "-c", "--context"),
        CONFIG(true, "DOCKER_CONFIG", "--config"),
        /** jcompose always verifies the engine's certificate: --tls alone is taken as --tlsverify. */
        TLS(false, "DOCKER_TLS_VERIFY", "--tls", "--tlsverify"),
        /** jcompose reads ca.pem, cert.pem and key.pem of one directory: the one a file named here is in. */
        CERTIFICATE(true, "DOCKER_CERT_PATH", "--tlscacert", "--tlscert", "--tlskey") {
            @Override
            String variableValue(String value) {
                return Path.of(value).toAbsolutePath().getParent().toString();
            }
        },
        DEBUG(false, null, "-D", "--debug"),
        LOG_LEVEL(true, null, "-l", "--log-level");

        final boolean takesValue;
        private final String variable;
        private final String[] names;

        Option(boolean takesValue, String variable, String... names) {
            this.takesValue = takesValue;
            this.variable = variable;
            this.names = names;
        }

        /** @param value null for an option without one */
        void apply(String value, Map<String, String> env) {
            if (variable != null) env.put(variable, variableValue(value));
        }

        String variableValue(String value) {
            return value == null ? "1" : value;
        }

        static Option of(String name) {
            for (Option o : values()) {
                if (Arrays.asList(o.names).contains(name)) return o;
            }
            return null;
        }
    }
}
