package org.openras.engine.request;

/**
 * The national primary support reason categories (as in the SALT and Client Level Data returns),
 * used as OpenRAS client groups: a RAS may price a point differently for each.
 */
public enum PrimarySupportReason {
  PHYSICAL_ACCESS_AND_MOBILITY("Physical support: access and mobility only"),
  PHYSICAL_PERSONAL_CARE("Physical support: personal care support"),
  SENSORY_VISUAL("Sensory support: support for visual impairment"),
  SENSORY_HEARING("Sensory support: support for hearing impairment"),
  SENSORY_DUAL("Sensory support: support for dual impairment"),
  MEMORY_AND_COGNITION("Support with memory and cognition"),
  LEARNING_DISABILITY("Learning disability support"),
  MENTAL_HEALTH("Mental health support"),
  SOCIAL_SUBSTANCE_MISUSE("Social support: substance misuse support"),
  SOCIAL_ASYLUM_SEEKER("Social support: asylum seeker support"),
  SOCIAL_ISOLATION_OR_OTHER("Social support: support for social isolation or other");

  private final String title;

  PrimarySupportReason(String title) {
    this.title = title;
  }

  /** The category as the national returns name it. */
  public String title() {
    return title;
  }
}
