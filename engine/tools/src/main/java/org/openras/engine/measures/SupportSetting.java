package org.openras.engine.measures;

/**
 * Where long-term support is given. When a person has support in more than one setting at once, the
 * national returns count them once, in the first setting of this order (the SALT hierarchy:
 * nursing, then residential, then community).
 */
public enum SupportSetting {
  NURSING("nursing care"),
  RESIDENTIAL("residential care"),
  COMMUNITY("support in the community");

  private final String words;

  SupportSetting(String words) {
    this.words = words;
  }

  public String words() {
    return words;
  }
}
