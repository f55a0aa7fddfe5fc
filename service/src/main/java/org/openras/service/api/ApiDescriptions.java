package org.openras.service.api;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Schema;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.openras.engine.request.PrimarySupportReason;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The words of the OpenAPI description, read once at start from {@value #RESOURCE} (docs/adr/0015):
 * the document's header, how money and dates are written, each schema and property of the engine's
 * records and the service's own, the request bodies and the refusals every operation can meet. The
 * engine carries no annotations, so its records are described here by name.
 *
 * <p>The file is read strictly: a key this reader does not know, a blank or missing text, a
 * duplicated key, an unknown shared group or an unknown {@code ${placeholder}} is refused with its
 * path, and the service does not start. {@link #apply} returns the entries that name nothing in the
 * document (a renamed field); a test checks there are none, and another that no property of the
 * document is left without words.
 */
final class ApiDescriptions {
  static final String RESOURCE = "openapi/descriptions.yaml";

  private static final ObjectMapper YAML =
      YAMLMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

  private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z]+)}");

  private static final Set<String> SECTIONS =
      Set.of(
          "document",
          "words",
          "codeLists",
          "requestBodies",
          "responses",
          "idempotency",
          "shared",
          "schemas");

  /** The words of one property: its text, its closed codes (or null), its array items' words. */
  record PropertyWords(String text, List<String> codes, SchemaText items) {}

  /** The words of one schema (or of an array's inline items): its description and properties. */
  record SchemaText(String description, Map<String, PropertyWords> properties) {}

  private final Map<String, String> document;
  private final Map<String, String> words;
  private final Map<String, List<String>> codeLists;
  private final Map<String, String> requestBodies;
  private final Map<String, String> responses;
  private final Map<String, String> idempotency;
  private final Map<String, SchemaText> schemas;

  private ApiDescriptions(JsonNode root) {
    Reader top = new Reader(root, "", SECTIONS);
    codeLists = top.section("codeLists").map(Reader::codes);
    Map<String, String> generated = Map.of("primarySupportReasons", primarySupportReasons());
    Texts texts = new Texts(codeLists, generated);
    document = top.section("document").fixed(texts, "description", "basicAuth", "bearerAuth");
    words = top.section("words").fixed(texts, "money", "date", "anyJson");
    responses = top.section("responses").fixed(texts, "429", "retryAfter", "403", "415");
    idempotency =
        top.has("idempotency")
            ? top.section("idempotency")
                .fixed(texts, "header", "replayed", "400", "409", "422", "retryAfter")
            : Map.of();
    requestBodies = top.section("requestBodies").map(r -> texts.of(r));
    Map<String, Map<String, PropertyWords>> shared =
        top.section("shared").map(group -> group.map(p -> property(p, texts)));
    schemas =
        Collections.unmodifiableMap(
            top.section("schemas").map(s -> schema(s, texts, shared, true)));
  }

  /** The service's words, from {@value #RESOURCE} on the class path. */
  static ApiDescriptions load() {
    try (InputStream in = ApiDescriptions.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is not on the class path");
      }
      return new ApiDescriptions(YAML.readTree(in));
    } catch (IOException e) {
      throw new UncheckedIOException(RESOURCE + " cannot be read", e);
    }
  }

  /** Words from YAML text (tests). */
  static ApiDescriptions read(String yaml) {
    return new ApiDescriptions(YAML.readTree(yaml));
  }

  /** The header's words: {@code description}, {@code basicAuth} or {@code bearerAuth}. */
  String document(String key) {
    return document.get(key);
  }

  /** How a value is written: {@code money}, {@code date} or {@code anyJson}. */
  String word(String key) {
    return words.get(key);
  }

  /** A refusal's words by status code, or {@code retryAfter}. */
  String response(String key) {
    return responses.get(key);
  }

  /**
   * The words of the {@code Idempotency-Key} header (docs/adr/0022): {@code header}, {@code
   * replayed} (the answer header), {@code 400}, {@code 409}, {@code 422} or {@code retryAfter}.
   */
  String idempotency(String key) {
    String text = idempotency.get(key);
    if (text == null) {
      throw new IllegalStateException(RESOURCE + " has no idempotency." + key);
    }
    return text;
  }

  List<String> codeList(String name) {
    List<String> codes = codeLists.get(name);
    if (codes == null) {
      throw new IllegalArgumentException("no code list " + name + " in " + RESOURCE);
    }
    return codes;
  }

  Map<String, SchemaText> schemas() {
    return schemas;
  }

  Map<String, String> requestBodies() {
    return Collections.unmodifiableMap(requestBodies);
  }

  /**
   * Puts the words into the document: each schema's description, its properties' words (with how
   * money and dates are written) and codes, and each request body's. Returns every entry that names
   * nothing in the document, as {@code Schema}, {@code Schema.property} or {@code POST /path}.
   */
  List<String> apply(OpenAPI api) {
    List<String> unmatched = new ArrayList<>();
    Map<String, Schema> components =
        api.getComponents() == null || api.getComponents().getSchemas() == null
            ? Map.of()
            : api.getComponents().getSchemas();
    schemas.forEach(
        (name, text) -> {
          Schema<?> schema = components.get(name);
          if (schema == null) {
            unmatched.add(name);
          } else {
            describe(schema, text, name, unmatched);
          }
        });
    requestBodies.forEach(
        (operation, text) -> {
          String[] methodAndPath = operation.split(" ", 2);
          PathItem item =
              api.getPaths() == null || methodAndPath.length < 2
                  ? null
                  : api.getPaths().get(methodAndPath[1]);
          Operation op = item == null ? null : operation(item, methodAndPath[0]);
          if (op == null || op.getRequestBody() == null) {
            unmatched.add(operation);
          } else {
            op.getRequestBody().setDescription(text);
          }
        });
    return unmatched;
  }

  @SuppressWarnings({"rawtypes", "unchecked"})
  private void describe(Schema<?> schema, SchemaText text, String path, List<String> unmatched) {
    schema.setDescription(text.description());
    Map<String, Schema> properties = properties(schema);
    text.properties()
        .forEach(
            (name, words) -> {
              Schema property = properties.get(name);
              if (property == null) {
                unmatched.add(path + "." + name);
                return;
              }
              property.setDescription(full(property, words.text()));
              if (words.codes() != null) {
                // A list's codes close its items, not the list (issue 20: flags is an array).
                Schema target = property.getItems() != null ? property.getItems() : property;
                target.setEnum(new ArrayList<>(words.codes()));
              }
              if (words.items() != null) {
                if (property.getItems() == null) {
                  unmatched.add(path + "." + name + "[]");
                } else {
                  describe(property.getItems(), words.items(), path + "." + name + "[]", unmatched);
                }
              }
            });
  }

  /** A schema's properties; for an allOf, those of its inline parts (not its references). */
  private static Map<String, Schema> properties(Schema<?> schema) {
    if (schema.getProperties() != null) {
      return schema.getProperties();
    }
    Map<String, Schema> inline = new LinkedHashMap<>();
    if (schema.getAllOf() != null) {
      for (Schema<?> part : schema.getAllOf()) {
        if (part.get$ref() == null && part.getProperties() != null) {
          inline.putAll(part.getProperties());
        }
      }
    }
    return inline;
  }

  /** The words, followed by how the value is written when it is money or a date. */
  String full(Schema<?> property, String text) {
    if (OpenApiConfiguration.MONEY_PATTERN.equals(property.getPattern())) {
      return text + " " + word("money");
    }
    if ("date".equals(property.getFormat()) && !text.contains("yyyy-MM-dd")) {
      return text + " " + word("date");
    }
    return text;
  }

  private static Operation operation(PathItem item, String method) {
    try {
      return item.readOperationsMap().get(PathItem.HttpMethod.valueOf(method));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static SchemaText schema(
      Reader r, Texts texts, Map<String, Map<String, PropertyWords>> shared, boolean top) {
    r.only(
        top ? Set.of("description", "properties", "include") : Set.of("description", "properties"));
    Map<String, PropertyWords> properties = new LinkedHashMap<>();
    if (r.has("properties")) {
      properties.putAll(r.section("properties").map(p -> property(p, texts)));
    }
    if (r.has("include")) {
      Reader include = r.child("include");
      for (String group : include.codes()) {
        Map<String, PropertyWords> words = shared.get(group);
        if (words == null) {
          throw include.refused("names no group under shared: " + group);
        }
        words.forEach(
            (name, w) -> {
              if (properties.putIfAbsent(name, w) != null) {
                throw include.refused("group " + group + " repeats the property " + name);
              }
            });
      }
    }
    return new SchemaText(texts.of(r.child("description")), properties);
  }

  private static PropertyWords property(Reader r, Texts texts) {
    if (r.node.isString()) {
      return new PropertyWords(texts.of(r), null, null);
    }
    r.only(Set.of("description", "enum", "items"));
    return new PropertyWords(
        texts.of(r.child("description")),
        r.has("enum") ? r.child("enum").codes() : null,
        r.has("items") ? schema(r.child("items"), texts, Map.of(), false) : null);
  }

  /** The codes and titles of the engine's enum, so the words and the engine cannot drift. */
  static String primarySupportReasons() {
    return Arrays.stream(PrimarySupportReason.values())
        .map(r -> r.name() + " (" + r.title() + ")")
        .collect(Collectors.joining("; "));
  }

  /** Texts with their placeholders filled: a code list joined by commas, or a generated text. */
  private record Texts(Map<String, List<String>> codeLists, Map<String, String> generated) {
    String of(Reader r) {
      String text = r.text();
      Matcher m = PLACEHOLDER.matcher(text);
      StringBuilder out = new StringBuilder();
      while (m.find()) {
        String name = m.group(1);
        String value =
            codeLists.containsKey(name)
                ? String.join(", ", codeLists.get(name))
                : generated.get(name);
        if (value == null) {
          throw r.refused("names an unknown placeholder ${" + name + "}");
        }
        m.appendReplacement(out, Matcher.quoteReplacement(value));
      }
      m.appendTail(out);
      if (out.indexOf("${") >= 0) {
        throw r.refused("has a ${ that is not a placeholder");
      }
      return out.toString();
    }
  }

  /** A node of the file and its path, for refusals that say where. */
  private static final class Reader {
    private final JsonNode node;
    private final String path;

    Reader(JsonNode node, String path, Set<String> allowed) {
      this(node, path);
      only(allowed);
    }

    Reader(JsonNode node, String path) {
      this.node = node;
      this.path = path;
    }

    IllegalStateException refused(String problem) {
      return new IllegalStateException(
          RESOURCE + ": " + (path.isEmpty() ? "the file" : path) + " " + problem);
    }

    void only(Set<String> allowed) {
      if (node == null || !node.isObject()) {
        throw refused("must be a map");
      }
      for (String key : node.propertyNames()) {
        if (!allowed.contains(key)) {
          throw refused(
              "has an unknown key " + key + " (known: " + String.join(", ", allowed) + ")");
        }
      }
    }

    boolean has(String key) {
      return node.has(key);
    }

    Reader child(String key) {
      if (!node.has(key) || node.get(key).isNull()) {
        throw refused("has no " + key);
      }
      return new Reader(node.get(key), path.isEmpty() ? key : path + "." + key);
    }

    Reader section(String key) {
      Reader section = child(key);
      if (!section.node.isObject()) {
        throw section.refused("must be a map");
      }
      return section;
    }

    <T> Map<String, T> map(java.util.function.Function<Reader, T> each) {
      if (!node.isObject()) {
        throw refused("must be a map");
      }
      Map<String, T> out = new LinkedHashMap<>();
      for (String key : node.propertyNames()) {
        out.put(key, each.apply(child(key)));
      }
      return out;
    }

    /** The keys named, each a text; another key, or one missing, is refused. */
    Map<String, String> fixed(Texts texts, String... keys) {
      only(Set.of(keys));
      Map<String, String> out = new LinkedHashMap<>();
      for (String key : keys) {
        out.put(key, texts.of(child(key)));
      }
      return out;
    }

    String text() {
      if (!node.isString() || node.asString().isBlank()) {
        throw refused("must be words, not " + (node.isString() ? "blank" : node.getNodeType()));
      }
      return node.asString().strip();
    }

    List<String> codes() {
      if (!node.isArray() || node.isEmpty()) {
        throw refused("must be a list of codes");
      }
      List<String> codes = new ArrayList<>();
      for (JsonNode code : node.values()) {
        if (!code.isString() || code.asString().isBlank()) {
          throw refused("must be a list of codes, not " + code);
        }
        codes.add(code.asString());
      }
      return List.copyOf(codes);
    }
  }
}
