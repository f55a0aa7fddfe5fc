package org.openras.engine.envelope;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.openras.engine.adjustment.AdjustmentArea;
import org.openras.engine.catalogue.RuleSetSource;
import org.openras.engine.catalogue.RuleStore;
import org.openras.engine.params.ParameterSet;
import org.openras.engine.yaml.Yaml;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A what-if copy of a rule store in which every adjustments version's {@code affordabilityFactor}
 * is replaced, on every date, by one factor; every other file is the store's own. The copy's
 * versions hash differently from the originals (their figures differ), and the factor's reference
 * says it is an envelope's what-if, so a result costed on it cannot pass for the council's rules.
 *
 * <p>Why a store and not a parameter override: the engine applies scenario overrides to the RAS
 * area only, so an override of {@code adjustments:affordabilityFactor} would not reach the rules.
 */
public final class FactorRuleStore implements RuleStore {
  static final String PARAMETER = "affordabilityFactor";

  private final RuleStore base;
  private final BigDecimal factor;

  public FactorRuleStore(RuleStore base, BigDecimal factor) {
    this.base = base;
    this.factor = factor;
  }

  @Override
  public List<RuleSetSource> versions() {
    return base.versions().stream().map(this::rewrite).toList();
  }

  @Override
  public Optional<byte[]> bibliography() {
    return base.bibliography();
  }

  @Override
  public String describe() {
    return base.describe() + " with adjustments " + PARAMETER + " = " + factor.toPlainString();
  }

  private RuleSetSource rewrite(RuleSetSource source) {
    if (!source.area().equals(AdjustmentArea.AREA) || !source.has(ParameterSet.FILE)) {
      return source;
    }
    JsonNode root = Yaml.mapper().readTree(source.text(ParameterSet.FILE));
    JsonNode parameter = root.get(PARAMETER);
    if (parameter == null || !(parameter.get("values") instanceof ObjectNode values)) {
      return source;
    }
    for (String date : values.propertyNames()) {
      ObjectNode value = Yaml.mapper().createObjectNode();
      value.put("value", factor.toPlainString());
      value.put("note", "budget envelope what-if, not the council's decision");
      values.set(date, value);
    }
    SortedMap<String, byte[]> files = new TreeMap<>(source.files());
    files.put(
        ParameterSet.FILE, Yaml.mapper().writeValueAsString(root).getBytes(StandardCharsets.UTF_8));
    return new RuleSetSource(source.area(), source.folder(), files);
  }
}
