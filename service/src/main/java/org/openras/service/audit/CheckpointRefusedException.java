package org.openras.service.audit;

/**
 * The checkpointer will not sign: what the database holds does not extend the last checkpoint (a
 * record removed, a stored subtree changed, a gap or a broken link in the new records). Nothing is
 * signed until someone looks; {@code verify-audit} names the divergence.
 */
public class CheckpointRefusedException extends RuntimeException {
  public CheckpointRefusedException(String reason) {
    super("No checkpoint signed: " + reason);
  }
}
