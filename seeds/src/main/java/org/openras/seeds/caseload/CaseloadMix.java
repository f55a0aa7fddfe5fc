package org.openras.seeds.caseload;

import static org.openras.engine.request.PrimarySupportReason.*;

import java.util.EnumMap;
import java.util.Map;
import org.openras.engine.request.PrimarySupportReason;

/**
 * The distributions a synthetic caseload is drawn from. Every figure is documented, with its source
 * or its [I] (illustrative) marker, in seeds/README.md "Synthetic caseloads".
 */
final class CaseloadMix {
  private CaseloadMix() {}

  /**
   * Share of people aged 18 to 64: "around a third of care users" (Health Foundation, Social care
   * for adults aged 18-64, 2020).
   */
  static final double WORKING_AGE_SHARE = 1.0 / 3;

  /**
   * Primary support reason by age group, [I]: chosen so the whole caseload reproduces the national
   * shares of long-term support in 2014-15 (personal care 51%, learning disability 16%, mental
   * health 12%; HSCIC Community Care Statistics: Social Services Activity, England 2014-15).
   */
  static final Map<PrimarySupportReason, Double> WORKING_AGE =
      mix(0.25, 0.04, 0.01, 0.005, 0.005, 0.01, 0.42, 0.18, 0.02, 0.005, 0.055);

  static final Map<PrimarySupportReason, Double> OLDER =
      mix(0.66, 0.05, 0.02, 0.01, 0.005, 0.12, 0.03, 0.08, 0.003, 0.001, 0.021);

  /** Ages 65 and over: 65-74, 75-84, 85-99 in these shares [I]. */
  static final double[] OLDER_BANDS = {0.25, 0.40, 0.35};

  /**
   * Mean answer level per domain as a share of the domain's top level, by primary support reason
   * [I], in the order of {@link #DOMAINS}: needs correlate with the client group (personal care for
   * physical support, decisions and safety for memory and cognition and learning disability,
   * wellbeing for mental health, communication for sensory support).
   */
  static final String[] DOMAINS = {
    "personal-care",
    "eating-and-drinking",
    "physical-and-mental-wellbeing",
    "relationships",
    "community-work-and-learning",
    "making-decisions",
    "staying-safe",
    "communication",
    "home-and-daily-living",
    "family-carer-support"
  };

  static final int[] TOP_LEVEL = {4, 3, 3, 3, 3, 3, 3, 3, 3, 3};

  static final Map<PrimarySupportReason, double[]> PROFILE =
      new EnumMap<>(PrimarySupportReason.class);

  static {
    PROFILE.put(
        PHYSICAL_PERSONAL_CARE, new double[] {.60, .45, .35, .20, .30, .10, .25, .10, .55, .20});
    PROFILE.put(
        PHYSICAL_ACCESS_AND_MOBILITY,
        new double[] {.25, .25, .25, .20, .50, .05, .15, .05, .45, .10});
    PROFILE.put(SENSORY_VISUAL, new double[] {.15, .25, .20, .30, .40, .10, .30, .45, .40, .10});
    PROFILE.put(SENSORY_HEARING, new double[] {.10, .10, .20, .35, .35, .10, .20, .55, .20, .10});
    PROFILE.put(SENSORY_DUAL, new double[] {.30, .30, .30, .45, .55, .20, .45, .75, .45, .15});
    PROFILE.put(
        MEMORY_AND_COGNITION, new double[] {.50, .50, .40, .35, .40, .65, .60, .40, .60, .45});
    PROFILE.put(
        LEARNING_DISABILITY, new double[] {.40, .40, .40, .45, .60, .60, .55, .45, .55, .35});
    PROFILE.put(MENTAL_HEALTH, new double[] {.10, .25, .60, .40, .45, .35, .35, .15, .35, .10});
    PROFILE.put(
        SOCIAL_SUBSTANCE_MISUSE, new double[] {.05, .20, .55, .35, .40, .30, .40, .05, .35, .05});
    PROFILE.put(
        SOCIAL_ASYLUM_SEEKER, new double[] {.05, .25, .35, .35, .45, .25, .25, .45, .30, .00});
    PROFILE.put(
        SOCIAL_ISOLATION_OR_OTHER, new double[] {.10, .15, .30, .50, .45, .10, .15, .10, .25, .05});
  }

  /** Share of people with an unpaid carer meeting part of their needs [I]. */
  static final double CARER_WORKING_AGE = 0.45;

  static final double CARER_OLDER = 0.35;

  /** Illustrative weekly plan cost per answer level scored, before spread [I]. */
  static final double COST_PER_LEVEL = 17.5;

  /** Spread of plan cost around its expected value: log-normal sigma [I]. */
  static final double COST_SIGMA = 0.30;

  private static Map<PrimarySupportReason, Double> mix(double... shares) {
    PrimarySupportReason[] order = {
      PHYSICAL_PERSONAL_CARE,
      PHYSICAL_ACCESS_AND_MOBILITY,
      SENSORY_VISUAL,
      SENSORY_HEARING,
      SENSORY_DUAL,
      MEMORY_AND_COGNITION,
      LEARNING_DISABILITY,
      MENTAL_HEALTH,
      SOCIAL_SUBSTANCE_MISUSE,
      SOCIAL_ASYLUM_SEEKER,
      SOCIAL_ISOLATION_OR_OTHER
    };
    Map<PrimarySupportReason, Double> m = new EnumMap<>(PrimarySupportReason.class);
    for (int i = 0; i < order.length; i++) {
      m.put(order[i], shares[i]);
    }
    return m;
  }
}
