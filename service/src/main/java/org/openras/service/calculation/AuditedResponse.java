package org.openras.service.calculation;

import java.util.UUID;
import org.openras.engine.json.Json;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * What {@code POST /api/v1/calculations} sends: the {@link CalculationResponse} JSON (the audit
 * record's id, then the result's members), written by Jackson from the result text the audit record
 * holds rather than by writing the result a second time (about 16 kB per result; README,
 * "Figures").
 *
 * <p>Jackson writes it with {@link Writer}: the object, {@code calculationId} as the mapper writes
 * a UUID, then the audited object's members in their order and form, streamed token by token,
 * leaving out every member whose value is null: the API's one rule for nulls (docs/adr/0023) is
 * that an optional member with no value is absent, never {@code null}. The audited text itself is
 * unchanged (the engine's mapper writes it, nulls and all, and the record's hash and replay's
 * byte-for-byte comparison are over it), so the answer is the audited text less its null members:
 * the same meaning, since a reader treats an absent member as null ({@code ResponseBodyTest} on
 * every seed person, {@code AuditedResponseGoldenTest} against bytes kept from before this type).
 *
 * @param calculationId the audit record's id
 * @param auditedResult the result as the audit record holds it: a JSON object
 */
@JsonSerialize(using = AuditedResponse.Writer.class)
public record AuditedResponse(UUID calculationId, String auditedResult) {

  public AuditedResponse {
    if (calculationId == null
        || auditedResult == null
        || auditedResult.length() < 2
        || auditedResult.charAt(0) != '{'
        || auditedResult.charAt(auditedResult.length() - 1) != '}') {
      throw new IllegalArgumentException(
          "an answer is an id and a result written as a JSON object");
    }
  }

  /** Writes the answer: {@code calculationId}, then the audited result's non-null members. */
  static final class Writer extends ValueSerializer<AuditedResponse> {
    @Override
    public void serialize(AuditedResponse value, JsonGenerator gen, SerializationContext ctxt) {
      gen.writeStartObject(value);
      gen.writeName("calculationId");
      ctxt.writeValue(gen, value.calculationId());
      try (JsonParser audited = Json.mapper().createParser(value.auditedResult())) {
        audited.nextToken(); // the result's START_OBJECT
        members(audited, gen);
      }
      gen.writeEndObject();
    }

    /** An object's members up to its end, each null member left out. */
    private static void members(JsonParser in, JsonGenerator out) {
      while (in.nextToken() == JsonToken.PROPERTY_NAME) {
        String name = in.currentName();
        if (in.nextToken() == JsonToken.VALUE_NULL) {
          continue;
        }
        out.writeName(name);
        value(in, out);
      }
    }

    /** One value as read; a number keeps its text (copyCurrentEventExact). */
    private static void value(JsonParser in, JsonGenerator out) {
      switch (in.currentToken()) {
        case START_OBJECT -> {
          out.writeStartObject();
          members(in, out);
          out.writeEndObject();
        }
        case START_ARRAY -> {
          out.writeStartArray();
          while (in.nextToken() != JsonToken.END_ARRAY) {
            value(in, out);
          }
          out.writeEndArray();
        }
        default -> out.copyCurrentEventExact(in);
      }
    }
  }
}
