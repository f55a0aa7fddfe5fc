package org.openras.engine.scenario;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.openras.engine.catalogue.RuleSetCatalogue;
import org.openras.engine.catalogue.RuleSetVersion;
import org.openras.engine.params.ParameterDefinition;
import org.openras.engine.params.ParameterSet;

/**
 * Splits a financial year where anything a calculation reads may change: the first and the day
 * after the last day of every rule-set version of every area (DESIGN.md §2), and the date each
 * dated figure inside a version takes effect (DESIGN.md §3, "logic and figures change at different
 * speeds"). A split where nothing a person's calculation reads changes costs the same: the
 * apportioning is exact whatever the number of periods (see {@link PartYear}).
 */
public final class YearPeriods {
  private YearPeriods() {}

  /** The periods of the year, split wherever any of the catalogues changes. */
  public static List<CostPeriod> of(FinancialYear year, RuleSetCatalogue... catalogues) {
    TreeSet<LocalDate> starts = new TreeSet<>();
    starts.add(year.from());
    for (RuleSetCatalogue catalogue : catalogues) {
      addChanges(catalogue, starts);
    }
    List<LocalDate> inYear = starts.stream().filter(year::covers).toList();
    List<CostPeriod> periods = new ArrayList<>();
    for (int i = 0; i < inYear.size(); i++) {
      LocalDate end = i + 1 < inYear.size() ? inYear.get(i + 1).minusDays(1) : year.to();
      periods.add(new CostPeriod(inYear.get(i), end));
    }
    return List.copyOf(periods);
  }

  private static void addChanges(RuleSetCatalogue catalogue, TreeSet<LocalDate> starts) {
    for (RuleSetVersion v : catalogue.all()) {
      starts.add(v.effectiveFrom());
      if (v.lastDay() != null) {
        starts.add(v.lastDay().plusDays(1));
      }
      for (ParameterDefinition d : ParameterSet.load(v).definitions().values()) {
        starts.addAll(d.values().keySet());
      }
    }
  }
}
