package org.openras.service.calculation;

import java.util.UUID;
import tools.jackson.core.JsonGenerator;
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
 * a UUID, then the audited object's members as they are, then the object's end. The audited text is
 * what the engine's mapper writes for the result, and the same mapper writes {@link
 * CalculationResponse} as the id followed by the unwrapped result's members in that order and form,
 * so the two are the same JSON, byte for byte ({@code ResponseBodyTest} on every seed person,
 * {@code AuditedResponseGoldenTest} against bytes kept from before this type).
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

  /** Writes the answer: {@code calculationId}, then the audited result's members unchanged. */
  static final class Writer extends ValueSerializer<AuditedResponse> {
    @Override
    public void serialize(AuditedResponse value, JsonGenerator gen, SerializationContext ctxt) {
      gen.writeStartObject(value);
      gen.writeName("calculationId");
      ctxt.writeValue(gen, value.calculationId());
      String result = value.auditedResult();
      int members = result.length() - 2; // between the braces ("{}": none; the mapper indents not)
      if (members > 0) {
        gen.writeRaw(',');
        gen.writeRaw(result, 1, members);
      }
      gen.writeEndObject();
    }
  }
}
