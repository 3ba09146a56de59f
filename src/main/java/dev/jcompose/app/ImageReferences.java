package dev.jcompose.app;

/** The parts of an image reference a person needs to hear about. */
final class ImageReferences {

    private ImageReferences() {
    }

    /** The registry an image is pulled from: the first path part when it names a host, else Docker Hub. */
    static String registry(String reference) {
        int slash = reference.indexOf('/');
        if (slash > 0) {
            String first = reference.substring(0, slash);
            if (first.contains(".") || first.contains(":") || first.equals("localhost")) return first;
        }
        return "docker.io";
    }
}
