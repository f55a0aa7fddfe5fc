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
 * a UUID, then the audited object's members in their order and form, copied from its text, leaving
 * out every member whose value is null: the API's one rule for nulls (docs/adr/0023) is that an
 * optional member with no value is absent, never {@code null}. The audited text itself is unchanged
 * (the engine's mapper writes it, nulls and all, and the record's hash and replay's byte-for-byte
 * comparison are over it), so the answer is the audited text less its null members: the same
 * meaning, since a reader treats an absent member as null ({@code ResponseBodyTest} on every seed
 * person, {@code AuditedResponseGoldenTest} against bytes kept from before this type).
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

  /**
   * Writes the answer: {@code calculationId}, then the audited result's non-null members as raw
   * text ({@link NullMembers}: one pass over the audited text, the same bytes Jackson's
   * token-by-token copy wrote, {@code AuditedResponseGoldenTest}).
   */
  static final class Writer extends ValueSerializer<AuditedResponse> {
    @Override
    public void serialize(AuditedResponse value, JsonGenerator gen, SerializationContext ctxt) {
      gen.writeStartObject(value);
      gen.writeName("calculationId");
      ctxt.writeValue(gen, value.calculationId());
      String members = NullMembers.membersOf(value.auditedResult());
      if (!members.isEmpty()) {
        gen.writeRaw(',');
        gen.writeRaw(members);
      }
      gen.writeEndObject();
    }
  }
}
