package org.openras.engine.measures;

import java.util.List;

/**
 * One measure as a version of {@code rules/measures/} defines it: whom it counts (client types,
 * minimum age, settings, on the period's last day or during it), which ways of managing a budget
 * are in its denominator and which of those in its numerator, and the source it is taken from.
 *
 * @param id a stable name across versions ({@code sds-people}), which milestones refer to
 * @param code the name its source gives it ("ASCOF 1C part 1A")
 * @param title in words ("Adults receiving self-directed support")
 * @param question what it answers, in a sentence a reader understands
 * @param owner {@code national} or {@code council}
 * @param source the citation, in the bibliography's form ({@code <id> [pinpoint]})
 * @param clientTypes whom it counts
 * @param minimumAge the youngest age counted, on the period's last day
 * @param settings the settings counted, after each person is counted in one setting only
 * @param counting on the period's last day, or at any time in it
 * @param numerator the ways of managing a budget the numerator counts
 * @param denominator the ways the denominator counts; the numerator's are among them
 * @param localChoices the choices this definition makes that its source leaves open, in words
 */
public record MeasureDefinition(
    String id,
    String code,
    String title,
    String question,
    String owner,
    String source,
    List<ClientType> clientTypes,
    int minimumAge,
    List<SupportSetting> settings,
    Counting counting,
    List<BudgetManagement> numerator,
    List<BudgetManagement> denominator,
    List<String> localChoices) {

  public MeasureDefinition {
    clientTypes = distinct(clientTypes);
    settings = distinct(settings);
    numerator = distinct(numerator);
    denominator = distinct(denominator);
    localChoices = localChoices == null ? List.of() : List.copyOf(localChoices);
  }

  /**
   * Each value once, in the enum's order (a set, kept as a list so it reads the same everywhere).
   */
  private static <E extends Enum<E>> List<E> distinct(List<E> values) {
    return values == null ? List.of() : values.stream().distinct().sorted().toList();
  }

  /** True when the council defined it; false for a national measure. */
  public boolean ownedByCouncil() {
    return "council".equals(owner);
  }
}
