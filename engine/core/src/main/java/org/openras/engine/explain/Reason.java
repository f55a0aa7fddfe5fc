package org.openras.engine.explain;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One line of an explanation: a rule that fired, inserted by the rule itself as a fact (Drools
 * records no reads by itself). Carries the rule's id, its sentence, its source, the rule-set
 * version, and the amounts it read and produced, in the order the rule wrote them.
 */
@JsonPropertyOrder({"seq", "area", "version", "ruleId", "rule", "source", "read", "produced"})
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public final class Reason {
  private final int seq;
  private final String area;
  private final String version;
  private final String ruleId;
  private final String rule;
  private final String source;
  private final Map<String, Object> read = new LinkedHashMap<>();
  private final Map<String, Object> produced = new LinkedHashMap<>();

  public Reason(int seq, String area, String version, String ruleName, String source) {
    this(seq, area, version, RuleText.of(ruleName, source));
  }

  Reason(int seq, String area, String version, RuleText text) {
    this.seq = seq;
    this.area = area;
    this.version = version;
    this.ruleId = text.ruleId();
    this.rule = text.rule();
    this.source = text.source();
  }

  /** A rule's id and sentence (its name split at the first space) and its source. */
  record RuleText(String ruleId, String rule, String source) {
    static RuleText of(String ruleName, String source) {
      int space = ruleName.indexOf(' ');
      return new RuleText(
          space < 0 ? ruleName : ruleName.substring(0, space),
          space < 0 ? ruleName : ruleName.substring(space + 1),
          source);
    }
  }

  /** Records an amount the rule read; returns this reason so a rule can chain calls. */
  public Reason read(String name, Object value) {
    read.put(name, value);
    return this;
  }

  /** Records an amount the rule produced. */
  public Reason produced(String name, Object value) {
    produced.put(name, value);
    return this;
  }

  public int getSeq() {
    return seq;
  }

  public String getArea() {
    return area;
  }

  public String getVersion() {
    return version;
  }

  public String getRuleId() {
    return ruleId;
  }

  /** The rule's sentence, without its id. */
  public String getRule() {
    return rule;
  }

  public String getSource() {
    return source;
  }

  public Map<String, Object> getRead() {
    return Collections.unmodifiableMap(read);
  }

  public Map<String, Object> getProduced() {
    return Collections.unmodifiableMap(produced);
  }

  @Override
  public String toString() {
    return ruleId + " " + rule + " read " + read + " produced " + produced;
  }
}
