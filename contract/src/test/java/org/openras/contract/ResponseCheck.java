package org.openras.contract;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Checks every answer the suite receives against the served document (target/openapi.json, the one
 * the client was generated from), with the OpenAPI 3.1 schema dialect: the operation exists, the
 * status is one it declares, the media type is one that status declares, and a JSON body is valid
 * against that media type's schema. Validation is strict: every object schema that lists its
 * properties is closed ({@code unevaluatedProperties: false}), so a member the document does not
 * name fails here even where the client would not read it. A failure is kept, and the suite fails
 * on it ({@link #failures()}).
 */
final class ResponseCheck {
  static final String DOCUMENT_IRI = "https://contract.openras.test/openapi.json";
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final JsonNode document;
  private final SchemaRegistry schemas;
  private final List<Template> templates = new ArrayList<>();
  private final Map<String, Schema> compiled = new ConcurrentHashMap<>();
  private final List<String> failures = Collections.synchronizedList(new ArrayList<>());
  private final List<String> checked = Collections.synchronizedList(new ArrayList<>());

  private record Template(String path, Pattern pattern, int literals) {}

  ResponseCheck(Path documentFile) {
    try {
      document = JSON.readTree(Files.readString(documentFile));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String strict = JSON.writeValueAsString(closed(document.deepCopy()));
    schemas =
        SchemaRegistry.withDialect(
            Dialects.getOpenApi31(), b -> b.schemas(Map.of(DOCUMENT_IRI, strict)));
    document
        .path("paths")
        .propertyNames()
        .forEach(
            path -> {
              String regex =
                  "^" + Pattern.quote(path).replaceAll("\\{[^}]+}", "\\\\E[^/]+\\\\Q") + "$";
              int literals = path.replaceAll("\\{[^}]+}", "").length();
              templates.add(new Template(path, Pattern.compile(regex), literals));
            });
    templates.sort(Comparator.comparingInt(Template::literals).reversed());
  }

  /** Every component schema that names its properties, closed; the response's own allOf too. */
  private static JsonNode closed(JsonNode doc) {
    JsonNode components = doc.path("components").path("schemas");
    List<String> composedOf = new ArrayList<>();
    components
        .properties()
        .forEach(
            e ->
                e.getValue()
                    .path("allOf")
                    .forEach(
                        member ->
                            composedOf.add(
                                member
                                    .path("$ref")
                                    .asString("")
                                    .replace("#/components/schemas/", ""))));
    components
        .properties()
        .forEach(
            e -> {
              if (e.getValue() instanceof ObjectNode schema
                  && !composedOf.contains(e.getKey())
                  && (schema.has("properties") || schema.has("allOf"))
                  && !schema.has("additionalProperties")) {
                schema.put("unevaluatedProperties", false);
              }
            });
    return doc;
  }

  void check(HttpRequest request, HttpResponse<byte[]> response) {
    String method = request.method().toLowerCase(Locale.ROOT);
    String path = request.uri().getPath();
    String where = request.method() + " " + path + " " + response.statusCode();
    checked.add(where);
    Template template =
        templates.stream()
            .filter(t -> t.pattern().matcher(path).matches())
            .findFirst()
            .orElse(null);
    if (template == null) {
      failures.add(where + ": no such path in the document");
      return;
    }
    String pointer =
        "/paths/" + template.path().replace("~", "~0").replace("/", "~1") + "/" + method;
    JsonNode operation = document.at(pointer);
    if (operation.isMissingNode()) {
      failures.add(where + ": the document has no " + method + " on " + template.path());
      return;
    }
    String status = String.valueOf(response.statusCode());
    JsonNode declared = operation.path("responses").path(status);
    if (declared.isMissingNode()) {
      failures.add(
          where
              + ": status not declared (declared: "
              + operation.path("responses").propertyNames()
              + ")");
      return;
    }
    String contentType =
        response.headers().firstValue("Content-Type").orElse("").split(";")[0].trim();
    byte[] body = response.body();
    if (body.length == 0) {
      if (declared.has("content") && response.statusCode() != 204) {
        failures.add(where + ": an empty body where the document declares content");
      }
      return;
    }
    JsonNode media = declared.path("content").path(contentType);
    if (media.isMissingNode()) {
      failures.add(
          where
              + ": media type "
              + contentType
              + " not declared (declared: "
              + declared.path("content").propertyNames()
              + ")");
      return;
    }
    if (!contentType.endsWith("json")) {
      return;
    }
    String schemaPointer =
        pointer
            + "/responses/"
            + status
            + "/content/"
            + contentType.replace("~", "~0").replace("/", "~1")
            + "/schema";
    Schema schema =
        compiled.computeIfAbsent(
            schemaPointer, p -> schemas.getSchema(SchemaLocation.of(DOCUMENT_IRI + "#" + p)));
    List<Error> errors =
        schema.validate(new String(body, StandardCharsets.UTF_8), InputFormat.JSON);
    if (!errors.isEmpty()) {
      failures.add(
          where
              + ": "
              + errors.stream()
                  .limit(10)
                  .map(e -> e.getInstanceLocation() + " " + e.getMessage())
                  .toList());
    }
  }

  List<String> failures() {
    return List.copyOf(failures);
  }

  List<String> checked() {
    return List.copyOf(checked);
  }
}
