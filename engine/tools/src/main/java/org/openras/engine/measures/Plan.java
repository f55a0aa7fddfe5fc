package org.openras.engine.measures;

import java.util.List;

/**
 * A council's plan: its milestones, with the document they come from, kept as {@code
 * rules/measures/councils/<council>/plan.yaml}.
 *
 * @param council the council's folder name
 * @param title the plan's name
 * @param source the citation of the plan, in the bibliography's form
 * @param milestones its targets
 */
public record Plan(String council, String title, String source, List<Milestone> milestones) {
  public Plan {
    milestones = milestones == null ? List.of() : List.copyOf(milestones);
  }
}
