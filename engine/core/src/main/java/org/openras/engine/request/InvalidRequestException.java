package org.openras.engine.request;

import java.util.List;
import org.openras.engine.OpenRasException;

/** A request the engine cannot calculate, with every bad field named (not just the first). */
public class InvalidRequestException extends OpenRasException {
  private final List<FieldError> errors;

  public InvalidRequestException(List<FieldError> errors) {
    super(
        "The request has "
            + errors.size()
            + " invalid field(s): "
            + String.join("; ", errors.stream().map(e -> e.field() + ": " + e.problem()).toList()));
    this.errors = List.copyOf(errors);
  }

  public List<FieldError> errors() {
    return errors;
  }
}
