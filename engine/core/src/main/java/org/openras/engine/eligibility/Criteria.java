package org.openras.engine.eligibility;

import java.util.List;
import java.util.Optional;
import org.openras.engine.catalogue.InvalidRuleSetException;
import org.openras.engine.catalogue.RuleSetManifest.Reference;
import org.openras.engine.catalogue.RuleSetVersion;
import org.openras.engine.yaml.Yaml;
import tools.jackson.core.JacksonException;

/**
 * An eligibility version's vocabulary ({@code criteria.yaml}): which framework it encodes, and the
 * codes a request may use with it. Under the Care Act: the adult's and the carer's outcomes and
 * "unable to achieve" limbs, each with its paragraph. Under FACS: the bands, highest first, each
 * with its risk factors. Requests are checked against these lists, so the two frameworks keep their
 * own words.
 */
public record Criteria(
    String framework,
    String title,
    Reference reference,
    Party adult,
    Party carer,
    List<Band> bands) {
  public static final String FILE = "criteria.yaml";
  public static final String CARE_ACT = "CARE_ACT_2014";
  public static final String FACS = "FACS";

  /** One coded item (an outcome, a limb or a risk factor) with its title and citation. */
  public record Item(String code, String title, String citation) {}

  /** Whose needs a part assesses: its citation, outcomes and limbs. */
  public record Party(String citation, List<Item> outcomes, List<Item> limbs) {
    public Optional<Item> outcome(String code) {
      return outcomes.stream().filter(i -> i.code().equals(code)).findFirst();
    }

    public boolean hasLimb(String code) {
      return limbs.stream().anyMatch(i -> i.code().equals(code));
    }

    public List<String> outcomeCodes() {
      return outcomes.stream().map(Item::code).toList();
    }

    public List<String> limbCodes() {
      return limbs.stream().map(Item::code).toList();
    }
  }

  /** A FACS band and the risk factors that place a person in it. */
  public record Band(String code, String title, String citation, List<Item> riskFactors) {}

  public boolean careAct() {
    return CARE_ACT.equals(framework);
  }

  /** A band's rank: the lowest band is 1, each higher band one more; 0 for no band. */
  public int rank(String band) {
    for (int i = 0; i < bands.size(); i++) {
      if (bands.get(i).code().equals(band)) {
        return bands.size() - i;
      }
    }
    return 0;
  }

  /** The band a risk factor belongs to, if the code is one of this version's. */
  public Optional<Band> bandOf(String riskFactor) {
    return bands.stream()
        .filter(b -> b.riskFactors().stream().anyMatch(f -> f.code().equals(riskFactor)))
        .findFirst();
  }

  public Optional<Item> riskFactor(String code) {
    return bands.stream()
        .flatMap(b -> b.riskFactors().stream())
        .filter(f -> f.code().equals(code))
        .findFirst();
  }

  public List<String> riskFactorCodes() {
    return bands.stream().flatMap(b -> b.riskFactors().stream()).map(Item::code).toList();
  }

  public static Criteria load(RuleSetVersion version) {
    String file = version.source().location() + "/" + FILE;
    Criteria c;
    try {
      c = Yaml.mapper().readValue(version.source().text(FILE), Criteria.class);
    } catch (JacksonException e) {
      throw new InvalidRuleSetException(file, "cannot be read: " + e.getOriginalMessage(), e);
    }
    c.check(file);
    return c;
  }

  private void check(String file) {
    if (title == null || reference == null) {
      throw new InvalidRuleSetException(file, "give 'title' and 'reference'");
    }
    if (careAct()) {
      if (adult == null || carer == null || incomplete(adult) || incomplete(carer)) {
        throw new InvalidRuleSetException(
            file, "a Care Act version needs 'adult' and 'carer', each with outcomes and limbs");
      }
    } else if (FACS.equals(framework)) {
      if (bands == null || bands.isEmpty() || bands.stream().anyMatch(b -> b.code() == null)) {
        throw new InvalidRuleSetException(file, "a FACS version needs 'bands', highest first");
      }
    } else {
      throw new InvalidRuleSetException(
          file, "'framework' must be " + CARE_ACT + " or " + FACS + ", not " + framework);
    }
  }

  private static boolean incomplete(Party p) {
    return p.citation() == null
        || p.outcomes() == null
        || p.outcomes().isEmpty()
        || p.limbs() == null
        || p.limbs().isEmpty();
  }
}
