package org.openras.service.agreed;

import java.util.List;
import java.util.UUID;
import org.openras.engine.money.Money;
import org.openras.engine.request.InvalidRequestException;
import org.openras.service.audit.AuditEntry;
import org.openras.service.calculation.CalculationNotFoundException;
import org.openras.service.web.PageErrors;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The agreed budgets' pages: an assessor proposes from a calculation's result page; a panel member
 * works through the queue and approves or refuses with reasons; an auditor reads a budget's chain
 * of steps. Every step goes through {@link AgreedBudgets}, as the API's do.
 */
@Controller
class AgreedBudgetPages {
  private final AgreedBudgets budgets;

  AgreedBudgetPages(AgreedBudgets budgets) {
    this.budgets = budgets;
  }

  @GetMapping("/web/assessments/{id}/agreed-budget")
  String proposeForm(
      @PathVariable UUID id, @RequestParam(required = false) UUID proposed, Model model) {
    return propose(id, model, new PageErrors(), "", "", "", "", proposed);
  }

  @PostMapping("/web/assessments/{id}/agreed-budget")
  String proposeSubmit(
      @PathVariable UUID id,
      @RequestParam(defaultValue = "") String agreedWeeklyBudget,
      @RequestParam(defaultValue = "") String supportPlanWeeklyCost,
      @RequestParam(defaultValue = "") String reasonCode,
      @RequestParam(defaultValue = "") String reasonText,
      Model model,
      Authentication who) {
    PageErrors errors = new PageErrors();
    Money agreed = money(agreedWeeklyBudget, "agreedWeeklyBudget", errors);
    Money plan = money(supportPlanWeeklyCost, "supportPlanWeeklyCost", errors);
    if (!errors.any()) {
      try {
        AgreedBudget b =
            budgets.propose(
                id,
                new BudgetProposal(
                    agreed, plan, reasonCode.isBlank() ? null : reasonCode, reasonText, null),
                who);
        return "redirect:/web/assessments/" + id + "/agreed-budget?proposed=" + b.id();
      } catch (InvalidRequestException e) {
        errors.addEngine(e.errors());
      } catch (CalculationNotFoundException e) {
        throw new ResponseStatusException(HttpStatus.NOT_FOUND);
      }
    }
    return propose(
        id, model, errors, agreedWeeklyBudget, supportPlanWeeklyCost, reasonCode, reasonText, null);
  }

  private String propose(
      UUID id,
      Model model,
      PageErrors errors,
      String agreed,
      String plan,
      String reasonCode,
      String reasonText,
      UUID proposed) {
    AgreedBudgets.Indicative indicative;
    try {
      indicative = budgets.indicative(id);
    } catch (CalculationNotFoundException e) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    } catch (InvalidRequestException e) {
      model.addAttribute("noFigure", true);
      indicative = null;
    }
    model.addAttribute("id", id);
    model.addAttribute("indicative", indicative);
    model.addAttribute("errors", errors);
    model.addAttribute("reasons", budgets.settings().reasons());
    model.addAttribute("tolerancePercent", budgets.settings().tolerancePercent().toPlainString());
    model.addAttribute("agreed", agreed);
    model.addAttribute("plan", plan);
    model.addAttribute("reasonCode", reasonCode);
    model.addAttribute("reasonText", reasonText);
    model.addAttribute("budgets", indicative == null ? List.of() : budgets.forCalculation(id));
    model.addAttribute(
        "proposed",
        proposed == null
            ? null
            : budgets.forCalculation(id).stream()
                .filter(b -> b.id().equals(proposed))
                .findFirst()
                .orElse(null));
    return "web/agreed-propose";
  }

  @GetMapping("/web/panel")
  String queue(@RequestParam(required = false) UUID decided, Model model) {
    model.addAttribute("queue", budgets.awaitingPanel());
    model.addAttribute("decided", decided == null ? null : budgets.find(decided));
    return "web/panel-queue";
  }

  @GetMapping("/web/panel/{id}")
  String decision(@PathVariable UUID id, Model model) {
    return decisionPage(id, model, new PageErrors(), "");
  }

  @PostMapping("/web/panel/{id}/approval")
  String approve(
      @PathVariable UUID id,
      @RequestParam(defaultValue = "") String reasons,
      Model model,
      Authentication who) {
    return decide(id, reasons, model, who, true);
  }

  @PostMapping("/web/panel/{id}/refusal")
  String refuse(
      @PathVariable UUID id,
      @RequestParam(defaultValue = "") String reasons,
      Model model,
      Authentication who) {
    return decide(id, reasons, model, who, false);
  }

  private String decide(UUID id, String reasons, Model model, Authentication who, boolean yes) {
    PageErrors errors = new PageErrors();
    try {
      if (yes) {
        budgets.approve(id, new BudgetDecision(reasons), who);
      } else {
        budgets.refuse(id, new BudgetDecision(reasons), who);
      }
      return "redirect:/web/panel?decided=" + id;
    } catch (InvalidRequestException e) {
      errors.addEngine(e.errors());
    } catch (AgreedBudgetConflictException e) {
      errors.add("reasons", e.getMessage());
    } catch (AgreedBudgetNotFoundException e) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
    return decisionPage(id, model, errors, reasons);
  }

  private String decisionPage(UUID id, Model model, PageErrors errors, String reasons) {
    try {
      model.addAttribute("budget", budgets.find(id));
    } catch (AgreedBudgetNotFoundException e) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
    model.addAttribute("errors", errors);
    model.addAttribute("reasons", reasons);
    return "web/panel-decision";
  }

  @GetMapping("/web/audit/agreed-budgets")
  String auditList(Model model) {
    model.addAttribute("budgets", budgets.latest(200));
    return "web/audit-agreed-budgets";
  }

  @GetMapping("/web/audit/agreed-budgets/{id}")
  String auditChain(@PathVariable UUID id, Model model) {
    try {
      model.addAttribute("budget", budgets.find(id));
    } catch (AgreedBudgetNotFoundException e) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
    List<AuditEntry> chain = budgets.chain(id);
    model.addAttribute("steps", chain.stream().map(StepRecord::of).toList());
    return "web/audit-agreed-budget";
  }

  private static Money money(String text, String field, PageErrors errors) {
    if (text == null || text.isBlank()) {
      errors.add(field, "Enter an amount in pounds a week, such as 250.00");
      return null;
    }
    try {
      return Money.parse(text.replace("£", "").replace(",", "").strip());
    } catch (IllegalArgumentException e) {
      errors.add(field, "Enter an amount in pounds with at most two decimals, such as 250.00");
      return null;
    }
  }
}
