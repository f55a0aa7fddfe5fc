package org.openras.service.calculation;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.UUID;
import org.openras.engine.result.CalculationResult;

/**
 * What {@code POST /api/v1/calculations} answers: the engine's result, field for field, with the id
 * of the audit record that holds it.
 */
public record CalculationResponse(UUID calculationId, @JsonUnwrapped CalculationResult result) {}
