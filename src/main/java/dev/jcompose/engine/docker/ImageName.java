package dev.jcompose.engine.docker;

/** An image reference split as the engine's push endpoint wants it: repository, and a tag (latest when none). */
record ImageName(String repository, String tag) {

    static ImageName parse(String reference) {
        int at = reference.indexOf('@');
        String ref = at >= 0 ? reference.substring(0, at) : reference;
        int colon = ref.lastIndexOf(':');
        // a colon before the last slash belongs to a registry's port, not to a tag
        if (colon > ref.lastIndexOf('/')) return new ImageName(ref.substring(0, colon), ref.substring(colon + 1));
        return new ImageName(ref, "latest");
    }
}
