package org.openras.service.audit;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.openras.engine.json.Json;
import org.openras.service.audit.merkle.ProofCheck;
import org.openras.service.calculation.ReplayReport;
import org.openras.service.calculation.Replayer;
import org.openras.service.web.PageErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The auditor's pages: look up a calculation by its id, replay it under the recorded rule-set
 * versions and compare, show its inclusion proof checked against the signed checkpoint, and verify
 * the audit chain. The same services as the API's audit endpoints.
 */
@Controller
class AuditPages {
  static final String VIEW = "web/audit";
  private final AuditLog audit;
  private final Replayer replayer;
  private final ChainVerifier chain;

  private final LogProofs proofs;
  private final CheckpointKey key;

  AuditPages(
      AuditLog audit, Replayer replayer, ChainVerifier chain, LogProofs proofs, CheckpointKey key) {
    this.audit = audit;
    this.replayer = replayer;
    this.chain = chain;
    this.proofs = proofs;
    this.key = key;
  }

  @GetMapping("/web/audit")
  String lookUp(@RequestParam(required = false) String id, Model model) {
    PageErrors errors = new PageErrors();
    model.addAttribute("errors", errors);
    model.addAttribute("query", id == null ? "" : id);
    if (id != null) {
      Optional<AuditEntry> entry = parse(id).flatMap(audit::find);
      if (entry.isEmpty()) {
        errors.add("id", "Enter the id of a recorded calculation, for example 3f2b8c1e-…");
      } else {
        show(entry.get(), model);
      }
    }
    return VIEW;
  }

  @PostMapping("/web/audit/{id}/replay")
  String replay(@PathVariable UUID id, Model model) {
    String view = lookUp(id.toString(), model);
    model.addAttribute("replay", replayer.replay(id, ReplayReport.RECORDED));
    return view;
  }

  /**
   * A record's inclusion proof and its check against the signed checkpoint with the public key
   * alone ({@link ProofCheck}, as the offline verifier does).
   */
  @GetMapping("/web/audit/{id}/proof")
  String proof(@PathVariable UUID id, Model model) {
    String view = lookUp(id.toString(), model);
    try {
      proofs
          .prove(id)
          .ifPresent(
              proof -> {
                model.addAttribute("proof", proof);
                model.addAttribute(
                    "check",
                    key.publicKey()
                        .map(k -> ProofCheck.check(k, proof.checkpoint(), proof))
                        .orElse(
                            new ProofCheck.Outcome(
                                false, "There is no public key to check it with.", null, null)));
              });
    } catch (CheckpointRefusedException e) {
      model.addAttribute("proofError", e.getMessage() + ". Verify the audit chain.");
    }
    return view;
  }

  @PostMapping("/web/audit/verify")
  String verify(Model model) {
    model.addAttribute("errors", new PageErrors());
    model.addAttribute("query", "");
    model.addAttribute("chain", chain.verify(AuditMetrics.Trigger.DEMAND));
    return VIEW;
  }

  private void show(AuditEntry entry, Model model) {
    model.addAttribute("entry", entry);
    model.addAttribute("intact", AuditHash.of(entry).equals(entry.hash()));
    model.addAttribute("id", entry.id());
    model.addAttribute("result", Json.mapper().readValue(entry.result(), Map.class));
  }

  private static Optional<UUID> parse(String id) {
    try {
      return Optional.of(UUID.fromString(id.strip()));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
