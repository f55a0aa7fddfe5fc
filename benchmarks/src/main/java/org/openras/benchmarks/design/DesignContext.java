package org.openras.benchmarks.design;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.kie.api.runtime.rule.RuleContext;
import org.openras.engine.catalogue.RuleSetVersion;
import org.openras.engine.explain.Reason;
import org.openras.engine.explain.RunContext;
import org.openras.engine.params.ParameterRead;
import org.openras.engine.params.ParameterSet;
import org.openras.engine.ras.DomainAnswer;

/**
 * The DRL global {@code ctx} of the RAS design without intermediate facts (docs/adr/0033): besides
 * the parameters and the explanation of every {@link RunContext}, it keeps each domain's points
 * before and after unpaid support and their running total, which the engine's rules keep as {@code
 * DomainPoints} and {@code DeflatedPoints} facts. With {@code explain} false nothing of the
 * explanation is kept (no reasons, no parameter reads): the design measured without a trace.
 */
public final class DesignContext extends RunContext {
  /** The metadata naming the points lookup's own line in the one-firing design's rules. */
  public static final String POINTS_RULE = "points";

  public static final String POINTS_SOURCE = "pointsSource";

  private static final Map<String, String[]> POINTS_TEXTS = new ConcurrentHashMap<>();

  private final RuleSetVersion version;
  private final DesignTable table;
  private final boolean explain;
  private final AtomicInteger sequence;
  private final int[] before;
  private final int[] after;
  private int total;
  private int totalled;
  private final List<ParameterRead> pointsRead;
  private final List<Reason> lookups;
  private Reason scratch;

  DesignContext(
      LocalDate date,
      RuleSetVersion version,
      ParameterSet parameters,
      DesignTable table,
      AtomicInteger sequence,
      boolean explain) {
    super(date, version, parameters, sequence);
    this.version = version;
    this.table = table;
    this.explain = explain;
    this.sequence = sequence;
    this.before = new int[table.size()];
    this.after = new int[table.size()];
    java.util.Arrays.fill(before, -1);
    java.util.Arrays.fill(after, -1);
    this.pointsRead = explain ? new ArrayList<>(table.size()) : null;
    this.lookups = explain ? new ArrayList<>(table.size()) : null;
  }

  /** The points the questionnaire gives the answer's level; kept for the domain, read recorded. */
  public int points(DomainAnswer answer) {
    int i = table.index(answer.getDomain());
    int points = table.points(i, answer.getLevel());
    before[i] = points;
    if (explain) {
      pointsRead.add(table.read(i, answer.getLevel()));
    }
    return points;
  }

  /**
   * The one-firing design: the points lookup of the firing rule's answer, with its own line of the
   * explanation (the rule and source its {@code @points} and {@code @pointsSource} name).
   */
  public int points(RuleContext kcontext, DomainAnswer answer) {
    int points = points(answer);
    if (explain) {
      String[] text = pointsText(kcontext);
      Reason line =
          new Reason(
              sequence.incrementAndGet(), version.area(), version.version(), text[0], text[1]);
      line.read("domain", answer.getDomain())
          .read("level", answer.getLevel())
          .produced("points", points);
      lookups.add(line);
    }
    return points;
  }

  private String[] pointsText(RuleContext kcontext) {
    String key = version.hash() + "\u0000" + kcontext.getRule().getName();
    String[] text = POINTS_TEXTS.get(key);
    if (text == null) {
      Map<String, Object> meta = kcontext.getRule().getMetaData();
      text =
          POINTS_TEXTS.computeIfAbsent(
              key,
              k -> new String[] {unquote(meta.get(POINTS_RULE)), unquote(meta.get(POINTS_SOURCE))});
    }
    return text;
  }

  private static String unquote(Object value) {
    if (value == null) {
      throw new IllegalStateException(
          "a rule that looks up points must name @points and @pointsSource");
    }
    String text = value.toString();
    boolean quoted = text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"");
    return quoted ? text.substring(1, text.length() - 1) : text;
  }

  /** The points the answer's domain scored before unpaid support (looked up earlier). */
  public int pointsOf(DomainAnswer answer) {
    int points = before[table.index(answer.getDomain())];
    if (points < 0) {
      throw new IllegalStateException("no points looked up for " + answer.getDomain());
    }
    return points;
  }

  /** The domain's points after unpaid support, added to the total. */
  public void afterUnpaidSupport(DomainAnswer answer, int points) {
    int i = table.index(answer.getDomain());
    if (after[i] >= 0) {
      throw new IllegalStateException(
          "two rules gave the points after unpaid support of " + answer.getDomain());
    }
    after[i] = points;
    total += points;
    totalled++;
  }

  /** The sum of the domains' points after unpaid support. */
  public int totalPoints() {
    return total;
  }

  /** How many domains are in the total. */
  public int domainsTotalled() {
    return totalled;
  }

  int before(int domain) {
    return before[domain];
  }

  int after(int domain) {
    return after[domain];
  }

  @Override
  public Reason reason(RuleContext kcontext) {
    if (explain) {
      return super.reason(kcontext);
    }
    if (scratch == null) {
      scratch = new Reason(0, version.area(), version.version(), "-", null);
    }
    return scratch;
  }

  @Override
  public List<Reason> reasons() {
    if (!explain) {
      return List.of();
    }
    if (lookups.isEmpty()) {
      return super.reasons();
    }
    List<Reason> all = new ArrayList<>(lookups);
    all.addAll(super.reasons());
    all.sort(Comparator.comparingInt(Reason::getSeq));
    return List.copyOf(all);
  }

  @Override
  public List<ParameterRead> parametersRead() {
    if (!explain) {
      return List.of();
    }
    List<ParameterRead> all = new ArrayList<>(pointsRead);
    all.addAll(super.parametersRead());
    return all;
  }
}
