package org.openras.engine.policy;

/**
 * One difference between two versions of an area, in words a policy officer reads: what kind of
 * change, what it is about (a parameter, a domain, a rule id, a manifest field) and a sentence.
 */
public record Change(Kind kind, String subject, String text) {

  public enum Kind {
    ADDED,
    REMOVED,
    CHANGED
  }

  public static Change added(String subject, String text) {
    return new Change(Kind.ADDED, subject, text);
  }

  public static Change removed(String subject, String text) {
    return new Change(Kind.REMOVED, subject, text);
  }

  public static Change changed(String subject, String text) {
    return new Change(Kind.CHANGED, subject, text);
  }

  @Override
  public String toString() {
    return switch (kind) {
          case ADDED -> "+ ";
          case REMOVED -> "- ";
          case CHANGED -> "~ ";
        }
        + text;
  }
}
