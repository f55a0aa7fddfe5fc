package org.openras.service.approval;

import java.util.List;
import java.util.Map;
import org.openras.engine.policy.Finding;
import org.openras.engine.request.InvalidRequestException;
import org.openras.service.approval.Proposal.Action;
import org.openras.service.approval.Proposals.Shown;
import org.openras.service.approval.Proposals.Standing;
import org.openras.service.publication.PublicationConflictException;
import org.openras.service.publication.Publications;
import org.openras.service.publication.VersionNotPublishableException;
import org.openras.service.ruleset.RuleSetNotFoundException;
import org.openras.service.scenario.CaseloadNotFoundException;
import org.openras.service.web.PageErrors;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The policy officer's four-eyes pages (docs/adr/0028): propose from a version's page, the
 * proposals awaiting approval, and one proposal's review (validation, cases, diff) with approve and
 * reject. The same {@link Proposals} as the API.
 */
@Controller
@RequestMapping("/web/policy")
class ProposalPages {
  private static final String REVIEW = "web/policy-proposal";
  private final Proposals proposals;
  private final Publications publications;

  ProposalPages(Proposals proposals, Publications publications) {
    this.proposals = proposals;
    this.publications = publications;
  }

  /** Proposes from a version's page; a refusal goes back to that page with what to correct. */
  @PostMapping("/{area}/{version}/proposals")
  String propose(
      @PathVariable String area,
      @PathVariable String version,
      @RequestParam(required = false) String action,
      @RequestParam(required = false) String note,
      @RequestParam(required = false) String reason,
      @RequestParam(required = false) String caseloadId,
      Authentication who,
      RedirectAttributes done) {
    boolean withdraw = "WITHDRAW".equals(action);
    String field = withdraw ? "reason" : "note";
    PageErrors errors = new PageErrors();
    Standing s = null;
    if (withdraw && (reason == null || reason.isBlank())) {
      errors.add("reason", "Enter why the version is withdrawn");
    } else {
      try {
        s =
            proposals.propose(
                area.replace('~', '/'),
                version,
                withdraw ? Action.WITHDRAW : Action.PUBLISH,
                withdraw ? reason : note,
                caseloadId,
                who.getName());
      } catch (ProposalException e) {
        errors.add(withdraw ? "reason" : "publish", e.getMessage());
      } catch (CaseloadNotFoundException e) {
        errors.add(field, e.getMessage());
      } catch (InvalidRequestException e) {
        e.errors().forEach(f -> errors.add(field, "The " + f.field() + " " + f.problem()));
      }
    }
    if (errors.any()) {
      done.addFlashAttribute("errors", errors);
      return "redirect:/web/policy/{area}/{version}";
    }
    done.addFlashAttribute(
        "done",
        "Proposed: "
            + (withdraw ? "withdraw " : "publish ")
            + s.proposal().area()
            + " "
            + s.proposal().version()
            + ". Another policy officer reviews and approves it.");
    return "redirect:/web/policy/proposals/" + s.proposal().id();
  }

  @GetMapping("/proposals")
  String list(Model model) {
    List<Standing> all = proposals.list(false);
    model.addAttribute(
        "awaiting", all.stream().filter(s -> s.proposal().decision() == null).toList());
    model.addAttribute(
        "decided", all.stream().filter(s -> s.proposal().decision() != null).toList());
    model.addAttribute("approversRequired", publications.approversRequired());
    return "web/policy-proposals";
  }

  @GetMapping("/proposals/{id}")
  String review(@PathVariable String id, Authentication who, Model model) {
    Shown shown = proposals.review(id);
    Proposal p = shown.proposal().proposal();
    model.addAttribute("area", p.area());
    model.addAttribute("pathName", p.area().replace('/', '~'));
    model.addAttribute("version", p.version());
    model.addAttribute("shown", shown);
    model.addAttribute("p", p);
    model.addAttribute("status", shown.proposal().status().name());
    model.addAttribute(
        "ownProposal",
        p.proposedBy().equals(who.getName()) && publications.approversRequired() > 1);
    model.addAttribute(
        "sections",
        shown.review().diff() == null
            ? List.of()
            : List.of(
                Map.entry("Manifest", shown.review().diff().manifest()),
                Map.entry("Parameters", shown.review().diff().parameters()),
                Map.entry("Points table", shown.review().diff().questionnaire()),
                Map.entry("Rules", shown.review().diff().rules())));
    if (!model.containsAttribute("errors")) {
      model.addAttribute("errors", new PageErrors());
    }
    return REVIEW;
  }

  @PostMapping("/proposals/{id}/approval")
  String approve(
      @PathVariable String id,
      @RequestParam(required = false) String reviewDigest,
      @RequestParam(required = false) String note,
      Authentication who,
      RedirectAttributes done) {
    PageErrors errors = new PageErrors();
    Standing s = null;
    try {
      s = proposals.approve(id, reviewDigest, note, who.getName());
    } catch (ProposalException e) {
      errors.add("approve", e.getMessage());
    } catch (VersionNotPublishableException e) {
      List<Finding> found = e.findings();
      errors.add(
          "approve",
          "This version cannot be published: "
              + found.size()
              + " problem(s) to correct first. The first: "
              + found.get(0));
    } catch (PublicationConflictException e) {
      errors.add("approve", e.getMessage());
    } catch (InvalidRequestException e) {
      e.errors().forEach(f -> errors.add("approval-note", "The " + f.field() + " " + f.problem()));
    }
    if (errors.any()) {
      done.addFlashAttribute("errors", errors);
      return "redirect:/web/policy/proposals/" + id;
    }
    Proposal p = s.proposal();
    done.addFlashAttribute(
        "done",
        p.area()
            + " "
            + p.version()
            + (p.action() == Action.PUBLISH ? " is published" : " is withdrawn")
            + ": proposed by "
            + p.proposedBy()
            + ", approved by "
            + p.decision().decidedBy());
    return "redirect:/web/policy/" + p.area().replace('/', '~') + "/" + p.version();
  }

  @PostMapping("/proposals/{id}/rejection")
  String reject(
      @PathVariable String id,
      @RequestParam(required = false) String reason,
      Authentication who,
      RedirectAttributes done) {
    PageErrors errors = new PageErrors();
    if (reason == null || reason.isBlank()) {
      errors.add("rejection-reason", "Enter why the proposal is rejected");
    } else {
      try {
        proposals.reject(id, reason, who.getName());
      } catch (ProposalException e) {
        errors.add("rejection-reason", e.getMessage());
      } catch (InvalidRequestException e) {
        e.errors().forEach(f -> errors.add("rejection-reason", "The reason " + f.problem()));
      }
    }
    if (errors.any()) {
      done.addFlashAttribute("errors", errors);
      return "redirect:/web/policy/proposals/" + id;
    }
    done.addFlashAttribute("done", "The proposal is rejected; nothing was published");
    return "redirect:/web/policy/proposals/" + id;
  }

  /** No such proposal or version: the GOV.UK "page not found" page. */
  @ExceptionHandler({ProposalException.class, RuleSetNotFoundException.class})
  ModelAndView notFound(RuntimeException e) {
    return new ModelAndView(
        "web/policy-not-found", Map.of("problem", e.getMessage()), HttpStatus.NOT_FOUND);
  }
}
