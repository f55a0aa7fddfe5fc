package org.openras.engine.contribution;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.openras.engine.catalogue.InvalidRuleSetException;
import org.openras.engine.catalogue.RuleSetVersion;
import org.openras.engine.explain.RunContext;
import org.openras.engine.money.Money;
import org.openras.engine.params.ParameterDefinition;
import org.openras.engine.params.ParameterRead;
import org.openras.engine.params.ParameterSet;

/**
 * The DRL global {@code ctx} of the contributions area: the national figures of the version in
 * force (through {@link RunContext}) and, kept apart, the local options of the council overlay in
 * force, if any. A local option the overlay does not set is "off": {@link #hasLocal} says so and
 * nothing is read. Every value read, national or local, is recorded for the result.
 */
public final class ContributionContext extends RunContext {
  private final ParameterSet nationalSet;
  private final ParameterSet overlay;
  private final Map<String, ParameterRead> reads = new LinkedHashMap<>();

  public ContributionContext(
      LocalDate date,
      RuleSetVersion version,
      ParameterSet national,
      ParameterSet overlay,
      AtomicInteger sequence) {
    super(date, version, national, sequence);
    this.nationalSet = national;
    this.overlay = overlay;
  }

  /** True when a council overlay is in use. */
  public boolean hasCouncil() {
    return overlay != null;
  }

  /** True when the council overlay sets the local option {@code name}. */
  public boolean hasLocal(String name) {
    return overlay != null && overlay.definitions().containsKey(name);
  }

  /** True when the council overlay sets {@code name} for {@code key} on the assessment date. */
  public boolean hasLocal(String name, String key) {
    if (!hasLocal(name)) {
      return false;
    }
    var dated = overlay.definitions().get(name).values().floorEntry(getDate());
    return dated != null && dated.getValue().containsKey(key);
  }

  /**
   * A council's yes/no choice in force on the assessment date (for example whether it disregards
   * the night-care difference): false when the overlay does not make it; recorded when read. The
   * choice only switches a rule on or off: the amounts stay the national figures.
   */
  public boolean localChoice(String name) {
    if (!hasLocal(name, ParameterDefinition.NO_KEY)) {
      return false;
    }
    String value = local(name, ParameterDefinition.NO_KEY).value();
    if (!value.equals("true") && !value.equals("false")) {
      throw new InvalidRuleSetException(
          "council option '" + name + "'", "write true or false, not '" + value + "'");
    }
    return value.equals("true");
  }

  /**
   * Whether the council disregards the night-care difference: its choice {@code
   * disregardNightCareDifference} when it makes one; otherwise yes when it keys the older {@code
   * nightCareDisregard} (an overlay written for contributions 2015-04-01 chose to disregard by
   * giving an amount; the amount is not used, docs/adr/0006); otherwise no.
   */
  public boolean disregardsNightCareDifference() {
    if (hasLocal("disregardNightCareDifference", ParameterDefinition.NO_KEY)) {
      return localChoice("disregardNightCareDifference");
    }
    return hasLocal("nightCareDisregard", ParameterDefinition.NO_KEY);
  }

  public Money localMoney(String name) {
    return localMoney(name, ParameterDefinition.NO_KEY);
  }

  public Money localMoney(String name, String key) {
    return Money.parse(local(name, key).value());
  }

  public BigDecimal localDecimal(String name) {
    return new BigDecimal(local(name, ParameterDefinition.NO_KEY).value());
  }

  /** A national text value, such as the treatment of an income type. */
  public String text(String name, String key) {
    return reads
        .computeIfAbsent(
            "national\u0000" + name + "\u0000" + key, k -> nationalSet.read(name, key, getDate()))
        .value();
  }

  /** True when the person has reached pension credit qualifying age on the assessment date. */
  public boolean pensionCreditAge(LocalDate dateOfBirth) {
    return PensionCreditAge.reached(dateOfBirth, getDate());
  }

  private ParameterRead local(String name, String key) {
    return reads.computeIfAbsent(
        "local\u0000" + name + "\u0000" + key, k -> overlay.read(name, key, getDate()));
  }

  @Override
  public List<ParameterRead> parametersRead() {
    List<ParameterRead> all = new ArrayList<>(super.parametersRead());
    all.addAll(reads.values());
    return all;
  }
}
