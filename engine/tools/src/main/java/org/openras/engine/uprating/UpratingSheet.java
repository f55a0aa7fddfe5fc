package org.openras.engine.uprating;

import java.util.ArrayList;
import java.util.List;
import org.openras.engine.request.FieldError;
import org.openras.engine.request.InvalidRequestException;
import org.openras.engine.yaml.Yaml;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The small YAML file an officer fills for the CLI: the circular, then one entry per figure with
 * last year's value to read and {@code value}, {@code marker}, {@code note} and {@code carry} to
 * fill. A blank value is absent from the new year, never zero.
 */
public final class UpratingSheet {
  private UpratingSheet() {}

  /** The file to fill, for {@code draft} as started (or as entered so far). */
  public static String template(UpratingDraft draft) {
    ObjectNode root = Yaml.mapper().createObjectNode();
    root.put("area", draft.area());
    root.put("source", draft.source());
    root.put("effectiveFrom", draft.effectiveFrom().toString());
    ObjectNode circular = root.putObject("circular");
    circular.put("title", draft.circularTitle() == null ? "" : draft.circularTitle());
    circular.put("url", draft.circularUrl() == null ? "" : draft.circularUrl());
    ArrayNode figures = root.putArray("figures");
    for (UpratingFigure f : draft.figures()) {
      ObjectNode n = figures.addObject();
      n.put("id", f.id());
      n.put("description", f.description());
      n.put("unit", f.unit() + (f.period().equals("none") ? "" : " a " + f.period()));
      n.put(
          "last",
          f.lastValue() == null
              ? "absent"
              : f.lastValue()
                  + (f.lastMarker() == null ? "" : " [" + f.lastMarker() + "]")
                  + " from "
                  + f.lastFrom());
      n.put("value", f.value() == null ? "" : f.value());
      n.put("marker", f.marker() == null ? "" : f.marker());
      n.put("note", f.note() == null ? "" : f.note());
      n.put("carry", f.carried());
    }
    return "# Next year's figures for "
        + draft.area()
        + " from "
        + draft.effectiveFrom()
        + " ("
        + draft.year()
        + "), made from "
        + draft.source()
        + ".\n"
        + "# For each figure: value (blank = absent from the new year: never write 0 for a figure"
        + " you do not have),\n# marker (R read in the circular, D derived, I illustrative), an"
        + " optional note, or carry: true to keep\n# last year's value (a figure fixed in the"
        + " regulations). 'last' is for reading only.\n"
        + Yaml.mapper().writeValueAsString(root);
  }

  /** What a filled file holds. */
  public record Filled(String circularTitle, String circularUrl, List<Uprating.Entry> entries) {}

  /**
   * @throws InvalidRequestException when the file cannot be read or has no figures list
   */
  public static Filled read(String yaml) {
    JsonNode root;
    try {
      root = Yaml.mapper().readTree(yaml);
    } catch (JacksonException e) {
      throw new InvalidRequestException(
          List.of(new FieldError(null, "the file cannot be read: " + e.getOriginalMessage())));
    }
    if (root == null || !root.path("figures").isArray()) {
      throw new InvalidRequestException(
          List.of(new FieldError("figures", "is required: a list of the draft's figures")));
    }
    List<Uprating.Entry> entries = new ArrayList<>();
    for (JsonNode f : root.path("figures")) {
      entries.add(
          new Uprating.Entry(
              text(f, "id"),
              text(f, "value"),
              text(f, "marker"),
              text(f, "note"),
              f.path("carry").asBoolean(false)));
    }
    JsonNode c = root.path("circular");
    return new Filled(text(c, "title"), text(c, "url"), entries);
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asString();
  }
}
