package org.openras.engine.area;

import java.util.List;
import org.openras.engine.catalogue.InvalidRuleSetException;
import org.openras.engine.catalogue.RuleSetVersion;

/**
 * The facts in working memory when a version's rules have run, for the area to read its result
 * from. What the rules should have produced and did not, or produced twice, is a fault of the rule
 * set, named with the version's folder.
 */
public final class RuleFacts {
  private final RuleSetVersion version;
  private final List<Object> facts;

  public RuleFacts(RuleSetVersion version, List<Object> facts) {
    this.version = version;
    this.facts = List.copyOf(facts);
  }

  /** The version whose rules ran. */
  public RuleSetVersion version() {
    return version;
  }

  /** Every fact, in the order the session returned them. */
  public List<Object> all() {
    return facts;
  }

  /** The facts of a type (a class or an interface the facts implement), in order. */
  public <T> List<T> all(Class<T> type) {
    return facts.stream().filter(type::isInstance).map(type::cast).toList();
  }

  /** True when the rules left at least one fact of the type. */
  public boolean has(Class<?> type) {
    return facts.stream().anyMatch(type::isInstance);
  }

  /** The one fact of a type; none or more than one is a fault of the rule set. */
  public <T> T one(Class<T> type, String what) {
    return one(all(type), what);
  }

  /** The one fact found; none or more than one is a fault of the rule set. */
  public <T> T one(List<T> found, String what) {
    if (found.size() != 1) {
      throw incomplete(
          (found.isEmpty() ? "no rule produced the " : "more than one rule produced the ") + what);
    }
    return found.get(0);
  }

  /** {@code value}, which a rule should have produced; null is a fault of the rule set. */
  public <T> T required(T value, String what) {
    if (value == null) {
      throw incomplete("no rule produced the " + what);
    }
    return value;
  }

  /** {@code found}, the first of its kind; a second ({@code existing} set) is a fault. */
  public <T> T first(T existing, T found, String what) {
    if (existing != null) {
      throw incomplete("more than one rule produced the " + what);
    }
    return found;
  }

  /** A fault of the rule set: its rules did not produce what the area reads. */
  public InvalidRuleSetException incomplete(String problem) {
    return new InvalidRuleSetException(
        version.source().location(), problem + "; check the rules' conditions cover every case");
  }
}
