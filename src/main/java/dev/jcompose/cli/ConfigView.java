package dev.jcompose.cli;

import dev.jcompose.diag.Suggestions;
import dev.jcompose.loader.interpolate.Variables;
import dev.jcompose.loader.yaml.JsonWriter;
import dev.jcompose.loader.yaml.YamlWriter;
import dev.jcompose.state.ConfigHash;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.UnaryOperator;

/**
 * The texts {@code jcompose config} prints, all read off the {@code docker compose config} shaped view of a
 * loaded project (plain maps and lists), so they agree with the full output by construction.
 */
final class ConfigView {

    private final Map<String, Object> view;

    ConfigView(Map<String, Object> view) {
        this.view = view;
    }

    /**
     * The whole model. With {@code escapeDollars}, every {@code $} is written {@code $$} as Docker Compose does,
     * so that the output reads back as the same model instead of being interpolated a second time.
     */
    String full(OutputFormat format, boolean escapeDollars) {
        UnaryOperator<String> text = escapeDollars ? ConfigView::escapeDollars : UnaryOperator.identity();
        return format == OutputFormat.JSON ? JsonWriter.write(ComposeJson.shape(view), text)
                : YamlWriter.write(view, text);
    }

    private static String escapeDollars(String s) {
        return s.indexOf('$') < 0 ? s : s.replace("$", "$$");
    }

    String services() {
        return lines(section("services").keySet());
    }

    String volumes() {
        return lines(section("volumes").keySet());
    }

    String networks() {
        return lines(section("networks").keySet());
    }

    static String profiles(Set<String> allProfiles) {
        return lines(new TreeSet<>(allProfiles));
    }

    /** The variables' forms: a table, or JSON keyed by name as Docker Compose writes it. */
    static String variables(Collection<Variables.Variable> variables, OutputFormat format) {
        if (format == OutputFormat.JSON) {
            Map<String, Object> json = new LinkedHashMap<>();
            for (Variables.Variable v : variables) {
                Map<String, Object> fields = new LinkedHashMap<>();
                fields.put("Name", v.name());
                fields.put("DefaultValue", v.defaultValue());
                fields.put("PresenceValue", v.presenceValue());
                fields.put("Required", v.required());
                json.put(v.name(), fields);
            }
            return JsonWriter.write(json);
        }
        StringWriter text = new StringWriter();
        TabTable table = new TabTable("NAME", "REQUIRED", "DEFAULT VALUE", "ALTERNATE VALUE");
        for (Variables.Variable v : variables) {
            table.row(v.name(), Boolean.toString(v.required()), v.defaultValue(), v.presenceValue());
        }
        table.print(new PrintWriter(text));
        return text.toString();
    }

    /** {@code KEY=VALUE} per variable, sorted by name. */
    static String environment(Map<String, String> environment) {
        return lines(new TreeMap<>(environment).entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList());
    }

    /** One image per service; a service without one gets the name Compose would build it as. */
    String images() {
        List<String> images = new ArrayList<>();
        section("services").forEach((name, service) -> {
            Object image = service instanceof Map<?, ?> m ? m.get("image") : null;
            images.add(image != null ? image.toString() : view.get("name") + "-" + name);
        });
        return lines(images);
    }

    /** {@code service hash} lines for {@code *} or a comma-separated list of service names. */
    String hashes(String selection) {
        Map<String, Object> services = section("services");
        List<String> names = selection.equals("*") ? List.copyOf(services.keySet()) : split(selection);
        StringBuilder b = new StringBuilder();
        for (String name : names) {
            if (!(services.get(name) instanceof Map<?, ?> service)) {
                throw new CommandFailedException("no such service: \"" + name + "\"",
                        Suggestions.didYouMean(name, services.keySet()));
            }
            b.append(name).append(' ').append(ConfigHash.of(stringKeyed(service))).append('\n');
        }
        return b.toString();
    }

    private static List<String> split(String selection) {
        List<String> names = new ArrayList<>();
        for (String part : selection.split(",")) {
            if (!part.isBlank()) names.add(part.strip());
        }
        return names;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> section(String key) {
        Object value = view.get(key);
        return value instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, ?> stringKeyed(Map<?, ?> map) {
        return (Map<String, ?>) map;
    }

    private static String lines(Collection<?> items) {
        StringBuilder b = new StringBuilder();
        for (Object item : items) b.append(item).append('\n');
        return b.toString();
    }
}
