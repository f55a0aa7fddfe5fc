package org.openras.service.audit;

import org.springframework.stereotype.Service;

/**
 * Recomputes the chain: every record's hash from its stored fields, every link to the record
 * before, and the sequence without gaps. Stops at the first record that fails and names it.
 */
@Service
public class ChainVerifier {
  private final AuditLog log;

  ChainVerifier(AuditLog log) {
    this.log = log;
  }

  public ChainVerification verify() {
    Walk walk = new Walk();
    log.forEach(walk::visit);
    return new ChainVerification(
        walk.broken == null, walk.checked, walk.sequence, walk.hash, walk.broken);
  }

  /** The state of one pass over the chain. */
  private static final class Walk {
    long checked;
    long sequence;
    String hash = AuditHash.GENESIS;
    ChainVerification.BrokenRecord broken;

    void visit(AuditEntry e) {
      if (broken != null) {
        return;
      }
      checked++;
      String problem = problem(e);
      if (problem != null) {
        broken = new ChainVerification.BrokenRecord(e.id(), e.sequence(), problem);
        return;
      }
      sequence = e.sequence();
      hash = e.hash();
    }

    private String problem(AuditEntry e) {
      if (e.sequence() != sequence + 1) {
        return "expected sequence "
            + (sequence + 1)
            + " but found "
            + e.sequence()
            + ": the record(s) in between are missing";
      }
      String recomputed = AuditHash.of(e);
      if (!recomputed.equals(e.hash())) {
        return "its contents do not match its stored hash (stored "
            + e.hash()
            + ", recomputed "
            + recomputed
            + "): the record was changed after it was written";
      }
      if (!e.previousHash().equals(hash)) {
        return "its previous-record hash "
            + e.previousHash()
            + " is not the hash of record "
            + sequence
            + " ("
            + hash
            + "): the record before it was changed or replaced";
      }
      return null;
    }
  }
}
