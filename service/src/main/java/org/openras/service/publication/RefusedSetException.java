package org.openras.service.publication;

import java.util.List;

/** The set the log says to serve cannot be served; each refusal names a version and a problem. */
class RefusedSetException extends RuntimeException {
  final transient List<Refusal> refusals;

  RefusedSetException(List<Refusal> refusals) {
    super(
        "The published rule sets cannot be served: "
            + String.join("; ", refusals.stream().map(Refusal::toString).toList()));
    this.refusals = List.copyOf(refusals);
  }
}
