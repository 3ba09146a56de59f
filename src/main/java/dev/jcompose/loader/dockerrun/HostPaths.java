package dev.jcompose.loader.dockerrun;

/**
 * Host paths of a Dockerrun file as seen from the project directory. Elastic Beanstalk unpacks the source bundle
 * (the directory holding Dockerrun.aws.json) to {@code /var/app/current}, so paths below it become relative binds
 * ({@code ./x}) that the compose normaliser resolves against the project directory.
 */
final class HostPaths {

    static final String APP_DIR = "/var/app/current";

    private HostPaths() {
    }

    static String bindSource(String hostPath) {
        String p = hostPath.trim();
        if (p.equals(APP_DIR) || p.equals(APP_DIR + "/")) return ".";
        if (p.startsWith(APP_DIR + "/")) return "./" + stripTrailingSlash(p.substring(APP_DIR.length() + 1));
        if (p.startsWith("/") || p.startsWith(".") || p.startsWith("~")) return p;
        return "./" + p;
    }

    private static String stripTrailingSlash(String p) {
        return p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
    }
}
