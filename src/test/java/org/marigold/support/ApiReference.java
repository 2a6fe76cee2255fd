package org.marigold.support;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * docs/api.md, written from the OpenAPI document the server gives at {@code /openapi}: the operations by tag, each
 * with its parameters, body and answers, then the shapes they name. Generated, so the page cannot say what the API
 * does not do ({@code WebAndApiIT} compares it, and writes it again when asked).
 */
public final class ApiReference {

    private static final List<String> METHODS = List.of("get", "post", "put", "patch", "delete");

    private final JsonObject schemas;

    private ApiReference(JsonObject schemas) {
        this.schemas = schemas;
    }

    public static String of(JsonObject openApi) {
        return new ApiReference(openApi.getJsonObject("components").getJsonObject("schemas")).write(openApi);
    }

    private String write(JsonObject openApi) {
        StringBuilder md = new StringBuilder("# The REST API\n\n");
        md.append("Generated from the OpenAPI document Marigold serves at `/openapi`; do not edit it by hand. After changing the API, ")
                .append("write it again with `mvn verify -Dit.test=WebAndApiIT -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false ")
                .append("-Ddocs.api=$PWD/docs/api.md` (a test fails while it is stale).\n\n");
        md.append(openApi.getJsonObject("info").getString("description", "")).append("\n\n");
        md.append("Errors answer with a status and a JSON body `{\"status\": 400, \"error\": \"Bad Request\", \"message\": \"…\"}` ")
                .append("whose message says what to change.\n");

        Map<String, List<String>> byTag = new TreeMap<>();
        Set<String> shapes = new TreeSet<>();
        JsonObject paths = openApi.getJsonObject("paths");
        for (String path : new TreeSet<>(paths.keySet())) {
            JsonObject operations = paths.getJsonObject(path);
            for (String method : METHODS) {
                if (operations.containsKey(method)) {
                    JsonObject operation = operations.getJsonObject(method);
                    String tag = operation.containsKey("tags") ? operation.getJsonArray("tags").getString(0) : "Other";
                    byTag.computeIfAbsent(tag, t -> new ArrayList<>()).add(operation(method, path, operation, shapes));
                }
            }
        }
        byTag.forEach((tag, operations) -> {
            md.append("\n## ").append(tag).append("\n");
            operations.forEach(md::append);
        });

        Set<String> described = new TreeSet<>();
        List<String> waiting = new ArrayList<>(shapes);
        StringBuilder shapesMd = new StringBuilder();
        while (!waiting.isEmpty()) {
            String name = waiting.remove(0);
            if (!described.add(name) || !schemas.containsKey(name)) {
                continue;
            }
            Set<String> more = new LinkedHashSet<>();
            shapesMd.append("\n### ").append(name).append("\n\n").append(properties(schemas.getJsonObject(name), more));
            more.stream().filter(n -> !described.contains(n)).forEach(waiting::add);
        }
        if (!described.isEmpty()) {
            md.append("\n## Shapes\n").append(shapesMd);
        }
        return md.toString();
    }

    private String operation(String method, String path, JsonObject operation, Set<String> shapes) {
        StringBuilder md = new StringBuilder("\n### `").append(method.toUpperCase()).append(' ').append(path).append("`\n\n");
        md.append(operation.getString("summary", "")).append("\n\n");
        if (operation.containsKey("parameters")) {
            List<String> parameters = new ArrayList<>();
            for (JsonObject parameter : operation.getJsonArray("parameters").getValuesAs(JsonObject.class)) {
                parameters.add("`" + parameter.getString("name") + "` (" + parameter.getString("in") + ", "
                        + type(parameter.getJsonObject("schema"), shapes) + (parameter.getBoolean("required", false) ? ", required" : "") + ")");
            }
            md.append("- Parameters: ").append(String.join(", ", parameters)).append("\n");
        }
        if (operation.containsKey("requestBody")) {
            md.append("- Body: ").append(contents(operation.getJsonObject("requestBody"), shapes)).append("\n");
        }
        JsonObject responses = operation.getJsonObject("responses");
        for (String status : new TreeSet<>(responses.keySet())) {
            JsonObject response = responses.getJsonObject(status);
            md.append("- `").append(status).append("`");
            String description = response.getString("description", "");
            if (!description.isBlank()) {
                md.append(": ").append(description);
            }
            String contents = contents(response, shapes);
            if (!contents.isEmpty()) {
                md.append(" — ").append(contents);
            }
            md.append("\n");
        }
        return md.toString();
    }

    private String contents(JsonObject holder, Set<String> shapes) {
        if (!holder.containsKey("content")) {
            return "";
        }
        List<String> kinds = new ArrayList<>();
        holder.getJsonObject("content").forEach((mediaType, content) -> {
            JsonObject schema = content.asJsonObject().getJsonObject("schema");
            String shape = schema == null ? "" : type(schema, shapes);
            kinds.add("`" + mediaType + "`" + (shape.isEmpty() || "object".equals(shape) ? "" : " " + shape));
        });
        return String.join(", ", kinds);
    }

    /** A schema's type as a reader wants it: a named shape links to its table below; an array says of what. */
    private String type(JsonObject schema, Set<String> shapes) {
        if (schema == null) {
            return "";
        }
        if (schema.containsKey("$ref")) {
            String name = schema.getString("$ref").substring(schema.getString("$ref").lastIndexOf('/') + 1);
            shapes.add(name);
            return "[" + name + "](#" + name.toLowerCase() + ")";
        }
        if (schema.containsKey("properties")) {
            // The server writes a shape in place where it could name it: name it by its fields.
            Set<String> fields = schema.getJsonObject("properties").keySet();
            for (String name : new TreeSet<>(schemas.keySet())) {
                JsonObject known = schemas.getJsonObject(name);
                if (known.containsKey("properties") && known.getJsonObject("properties").keySet().equals(fields)) {
                    shapes.add(name);
                    return "[" + name + "](#" + name.toLowerCase() + ")";
                }
            }
        }
        if ("array".equals(schema.getString("type", "")) && schema.containsKey("items")) {
            return "list of " + type(schema.getJsonObject("items"), shapes);
        }
        if (schema.containsKey("enum")) {
            List<String> values = new ArrayList<>();
            for (JsonValue value : schema.getJsonArray("enum")) {
                values.add(value instanceof JsonString text ? text.getString() : value.toString());
            }
            return "one of " + String.join(", ", values);
        }
        return schema.getString("type", "");
    }

    private String properties(JsonObject schema, Set<String> shapes) {
        if (!schema.containsKey("properties")) {
            return type(schema, shapes) + "\n";
        }
        StringBuilder md = new StringBuilder("| Field | Type |\n|---|---|\n");
        schema.getJsonObject("properties").forEach((name, property) ->
                md.append("| `").append(name).append("` | ").append(type(property.asJsonObject(), shapes)).append(" |\n"));
        return md.toString();
    }

}
