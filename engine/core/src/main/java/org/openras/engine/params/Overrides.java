package org.openras.engine.params;

import java.time.LocalDate;
import java.util.List;
import org.openras.engine.request.PersonDetails;

/**
 * The parameter overrides of a scenario's candidate side, in order (a later one applies to the
 * value an earlier one produced). {@link #NONE} changes nothing: an ordinary calculation.
 */
public record Overrides(List<ParameterOverride> list) {
  public static final Overrides NONE = new Overrides(List.of());

  public Overrides {
    list = List.copyOf(list);
  }

  public static Overrides of(ParameterOverride... overrides) {
    return new Overrides(List.of(overrides));
  }

  /** Parses each text form ({@link ParameterOverride#parse}). */
  public static Overrides parse(List<String> texts) {
    return new Overrides(texts.stream().map(ParameterOverride::parse).toList());
  }

  public boolean isEmpty() {
    return list.isEmpty();
  }

  /** Only the overrides that apply to this person on this date. */
  public Overrides forPerson(PersonDetails person, LocalDate date) {
    if (list.isEmpty()) {
      return this;
    }
    return new Overrides(list.stream().filter(o -> o.appliesTo(person, date)).toList());
  }

  /**
   * The read with every override that changes it applied; the reference says so, so the result
   * shows the figure was a scenario's, not the rule set's.
   */
  public ParameterRead apply(ParameterRead read) {
    ParameterRead out = read;
    for (ParameterOverride o : list) {
      if (o.changes(out)) {
        out =
            new ParameterRead(
                out.area(),
                out.version(),
                out.name(),
                out.key(),
                o.apply(out.value()),
                out.valueEffectiveFrom(),
                out.unit(),
                out.period(),
                out.reference()
                    + " [scenario override "
                    + o
                    + ", rule-set value "
                    + read.value()
                    + "]",
                out.marker());
      }
    }
    return out;
  }

  @Override
  public String toString() {
    return list.toString();
  }
}
