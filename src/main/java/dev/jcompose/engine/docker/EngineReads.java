package dev.jcompose.engine.docker;

import dev.jcompose.engine.ApiFeatures;
import dev.jcompose.engine.ContainerSummary;
import dev.jcompose.engine.EngineInfo;
import dev.jcompose.engine.EngineUnreachableException;
import dev.jcompose.engine.ImageInfo;
import dev.jcompose.engine.NetworkInfo;
import dev.jcompose.engine.VolumeInfo;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * What almost every command reads first — the engine's version, the project's containers, networks and volumes,
 * the images it runs — asked over {@link EngineApi} and read with {@link JsonTree}.
 */
final class EngineReads {

    private final EngineApi api;

    EngineReads(EngineApi api) {
        this.api = api;
    }

    /** {@code GET /version} on the unversioned path, and the API version to talk: min(the engine's, ours). */
    static EngineInfo version(Endpoint endpoint, String newestClientApi) {
        Object v = new EngineApi(new EngineHttp(endpoint, null), endpoint).get("connect", endpoint.host().toString(),
                "/version");
        String engineApi = JsonTree.text(JsonTree.at(v, "ApiVersion"));
        if (engineApi.isEmpty()) {
            throw new EngineUnreachableException(List.of(endpoint.describe() + ": not a Docker engine's answer"), null);
        }
        String negotiated = ApiFeatures.compare(engineApi, newestClientApi) >= 0 ? newestClientApi : engineApi;
        return new EngineInfo(JsonTree.text(JsonTree.at(v, "Version")), engineApi, negotiated,
                JsonTree.text(JsonTree.at(v, "Os")), JsonTree.text(JsonTree.at(v, "Arch")));
    }

    List<ContainerSummary> containers(Map<String, String> labels) {
        return rows("list containers", "/containers/json?all=1&" + labelFilter(labels), JsonAnswers::container);
    }

    List<NetworkInfo> networks(Map<String, String> labels) {
        return rows("list networks", "/networks?" + labelFilter(labels), JsonAnswers::network);
    }

    Optional<NetworkInfo> network(String idOrName) {
        return api.find("inspect network", idOrName, "/networks/" + segment(idOrName)).map(JsonAnswers::network);
    }

    List<VolumeInfo> volumes(Map<String, String> labels) {
        Object answer = api.get("list volumes", "", "/volumes?" + labelFilter(labels));
        List<VolumeInfo> out = new ArrayList<>();
        for (Object v : JsonTree.array(JsonTree.at(answer, "Volumes"))) out.add(JsonAnswers.volume(v));
        return out;
    }

    Optional<VolumeInfo> volume(String name) {
        return api.find("inspect volume", name, "/volumes/" + segment(name)).map(JsonAnswers::volume);
    }

    Optional<ImageInfo> image(String reference) {
        return api.find("inspect image", reference, "/images/" + reference + "/json").map(JsonAnswers::image);
    }

    List<ImageInfo> images(Map<String, String> labels) {
        return rows("list images", "/images/json?" + labelFilter(labels), JsonAnswers::imageRow);
    }

    private <T> List<T> rows(String operation, String path, Function<Object, T> row) {
        List<T> out = new ArrayList<>();
        for (Object r : JsonTree.array(api.get(operation, "", path))) out.add(row.apply(r));
        return out;
    }

    /** {@code filters={"label":["k=v","k"]}}, URL-encoded; nothing to filter by gives an empty filter. */
    static String labelFilter(Map<String, String> labels) {
        StringBuilder json = new StringBuilder("{\"label\":[");
        boolean first = true;
        for (String label : labelFilters(labels)) {
            if (!first) json.append(',');
            first = false;
            json.append('"').append(label.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
        }
        json.append("]}");
        return "filters=" + URLEncoder.encode(json.toString(), StandardCharsets.UTF_8);
    }

    /** {@code key=value}, or {@code key} alone for a null value: the engine's label filter terms. */
    static List<String> labelFilters(Map<String, String> labels) {
        List<String> out = new ArrayList<>();
        labels.forEach((k, v) -> out.add(v == null ? k : k + "=" + v));
        return out;
    }

    private static String segment(String name) {
        return EngineApi.encode(name);
    }
}
