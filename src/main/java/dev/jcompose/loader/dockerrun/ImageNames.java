package dev.jcompose.loader.dockerrun;

import dev.jcompose.loader.tree.ScalarNode;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Image names of a Dockerrun file. A name still holding a template's placeholder ({@code "<AWS ECR Link>"},
 * {@code "${IMAGE}"}, {@code "{{image}}"}, {@code "$ACCOUNT_ID.dkr.ecr..."}) is an error at the name: Elastic Beanstalk
 * does not substitute anything, so such a deployment fails when the image is pulled.
 */
final class ImageNames {

    private static final Pattern PLACEHOLDER =
            Pattern.compile("<[^<>]*>|\\$\\{[^}]*}|\\{\\{[^}]*}}|\\$[A-Za-z_][A-Za-z0-9_]*");

    private ImageNames() {
    }

    /** The image name under {@code key} as a compose scalar; null when absent, invalid or a placeholder (then with an error). */
    static ScalarNode checked(JsonObject owner, String key) {
        ScalarNode name = owner.text(key);
        if (name == null) return null;
        Matcher m = PLACEHOLDER.matcher(name.text());
        if (!m.find()) return name;
        owner.diags().error(name.location(), owner.pathOf(key), "\"" + name.text() + "\" is an unfilled template placeholder,"
                + " not an image name", "replace " + m.group() + " with the image to run; Elastic Beanstalk substitutes nothing");
        return null;
    }
}
