package org.openras.service.calculation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.openras.engine.OpenRasEngine;
import org.openras.engine.catalogue.RuleSetVersion;
import org.openras.engine.eligibility.Criteria;
import org.openras.engine.ras.Questionnaire;
import org.openras.engine.ras.RasArea;
import org.openras.engine.request.PrimarySupportReason;
import org.springframework.stereotype.Component;

/**
 * What the form offers, read from the rule sets in force today: the questionnaire's domains with
 * each level's statement, the eligibility outcomes and "unable to achieve" limbs, and the national
 * primary support reasons. Nothing here is typed into a template.
 */
@Component
public class FormVocabulary {
  private static final String ELIGIBILITY = "eligibility";
  private final OpenRasEngine engine;
  private final RasArea ras = new RasArea();
  private final Clock clock = Clock.systemDefaultZone();

  FormVocabulary(OpenRasEngine engine) {
    this.engine = engine;
  }

  public List<Questionnaire.Domain> getDomains() {
    return questionnaire().domains();
  }

  /** Each area of need's code and its title, in the questionnaire's order. */
  java.util.Map<String, String> domainTitles() {
    java.util.Map<String, String> out = new java.util.LinkedHashMap<>();
    getDomains().forEach(d -> out.put(d.code(), d.title()));
    return out;
  }

  public Criteria.Party getAdultCriteria() {
    RuleSetVersion v = inForce(ELIGIBILITY);
    return v == null ? null : Criteria.load(v).adult();
  }

  public List<PrimarySupportReason> getSupportReasons() {
    return Arrays.asList(PrimarySupportReason.values());
  }

  /** Income type code to its label, e.g. STATE_PENSION to "State pension". */
  public java.util.Map<String, String> getIncomeTypes() {
    java.util.Map<String, String> out = new java.util.LinkedHashMap<>();
    for (String t : AssessmentForm.INCOME_TYPES) {
      String words = t.replace('_', ' ').toLowerCase(java.util.Locale.ROOT);
      out.put(t, Character.toUpperCase(words.charAt(0)) + words.substring(1));
    }
    return out;
  }

  private Questionnaire questionnaire() {
    return ras.questionnaire(inForce(RasArea.AREA));
  }

  private RuleSetVersion inForce(String area) {
    return engine.catalogue().inForce(area, LocalDate.now(clock)).orElse(null);
  }
}
