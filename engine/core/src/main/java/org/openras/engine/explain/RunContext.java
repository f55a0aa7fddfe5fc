package org.openras.engine.explain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.kie.api.runtime.rule.RuleContext;
import org.openras.engine.catalogue.RuleSetVersion;
import org.openras.engine.money.Money;
import org.openras.engine.params.Overrides;
import org.openras.engine.params.ParameterDefinition;
import org.openras.engine.params.ParameterRead;
import org.openras.engine.params.ParameterSet;

/**
 * What a rule can reach while one area of one calculation runs, bound as the DRL global {@code
 * ctx}: the assessment date, the parameters of the version in force (each read is recorded, so the
 * result names every figure it used), and {@link #reason} to start a line of the explanation.
 */
public class RunContext {
  private final LocalDate date;
  private final RuleSetVersion version;
  private final ParameterSet parameters;
  private final AtomicInteger sequence;
  private final Map<String, ParameterRead> reads = new LinkedHashMap<>();
  // Values parsed once per run, by the same key as reads: rules read a figure in several places.
  private final Map<String, Object> parsed = new HashMap<>();
  private final List<Reason> reasons = new ArrayList<>();

  /**
   * Each rule's id, sentence and source, split and unquoted once per rule-set version content
   * (keyed by version hash, then rule name), not at every firing.
   */
  private static final Map<String, Map<String, Reason.RuleText>> RULE_TEXTS =
      new ConcurrentHashMap<>();

  private Overrides overrides = Overrides.NONE;

  public RunContext(
      LocalDate date, RuleSetVersion version, ParameterSet parameters, AtomicInteger sequence) {
    this.date = date;
    this.version = version;
    this.parameters = parameters;
    this.sequence = sequence;
  }

  /**
   * A scenario's parameter overrides for this person (already narrowed to those that apply to
   * them); every figure read afterwards takes them into account. Call before the rules run.
   */
  public void useOverrides(Overrides overrides) {
    this.overrides = overrides;
  }

  public LocalDate getDate() {
    return date;
  }

  public RuleSetVersion version() {
    return version;
  }

  /**
   * Starts the reason of the rule that is firing (id and sentence from its name, its {@code
   * @source}) and records it in this run's explanation; the rule adds what it read and produced.
   * Reasons are recorded here rather than inserted as facts: nothing matches on them, and keeping
   * them out of working memory makes a calculation markedly cheaper (docs/adr/0003).
   */
  public Reason reason(RuleContext kcontext) {
    Map<String, Reason.RuleText> texts = RULE_TEXTS.get(version.hash());
    if (texts == null) {
      texts = RULE_TEXTS.computeIfAbsent(version.hash(), h -> new ConcurrentHashMap<>());
    }
    String name = kcontext.getRule().getName();
    Reason.RuleText text = texts.get(name);
    if (text == null) {
      text = texts.computeIfAbsent(name, n -> Reason.RuleText.of(n, source(kcontext)));
    }
    Reason reason = new Reason(sequence.incrementAndGet(), version.area(), version.version(), text);
    reasons.add(reason);
    return reason;
  }

  /** The reasons the rules gave in this run, in the order they fired. */
  public List<Reason> reasons() {
    return List.copyOf(reasons);
  }

  /** The rule's {@code @source}, without the quotes the executable model keeps around it. */
  public static String source(RuleContext kcontext) {
    Object source = kcontext.getRule().getMetaData().get("source");
    if (source == null) {
      return null;
    }
    String text = source.toString();
    boolean quoted = text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"");
    return quoted ? text.substring(1, text.length() - 1) : text;
  }

  public BigDecimal decimal(String name) {
    return decimal(name, ParameterDefinition.NO_KEY);
  }

  public BigDecimal decimal(String name, String key) {
    String k = key(name, key);
    Object value = parsed.get(k);
    if (!(value instanceof BigDecimal)) {
      value = new BigDecimal(read(k, name, key).value());
      parsed.put(k, value);
    }
    return (BigDecimal) value;
  }

  public Money money(String name) {
    return money(name, ParameterDefinition.NO_KEY);
  }

  public Money money(String name, String key) {
    String k = key(name, key);
    Object value = parsed.get(k);
    if (!(value instanceof Money)) {
      value = Money.parse(read(k, name, key).value());
      parsed.put(k, value);
    }
    return (Money) value;
  }

  /**
   * True when the version holds a value of {@code name} under {@code key} on the date: for
   * optional, keyed figures (an uplift for some client groups only). Reading it records it.
   */
  public boolean has(String name, String key) {
    return parameters.has(name, key, date);
  }

  public boolean flag(String name) {
    return Boolean.parseBoolean(read(name, name, ParameterDefinition.NO_KEY).value());
  }

  private static String key(String name, String key) {
    return key.isEmpty() ? name : name + "\u0000" + key;
  }

  private ParameterRead read(String k, String name, String key) {
    ParameterRead read = reads.get(k);
    if (read == null) {
      read = overrides.apply(parameters.read(name, key, date));
      reads.put(k, read);
    }
    return read;
  }

  /** Every parameter value this run read, in the order first read. */
  public List<ParameterRead> parametersRead() {
    return new ArrayList<>(reads.values());
  }
}
