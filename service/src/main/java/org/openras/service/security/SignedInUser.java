package org.openras.service.security;

import org.springframework.security.core.Authentication;

/**
 * Who is signed in, in words for records and pages. A configured user is their user name; a user
 * signed in by the identity provider is their stable subject ({@code openras.oidc.subject-claim}:
 * {@code sub}, or Entra's {@code oid}), which {@link Authentication#getName()} answers, with their
 * display name beside it where one is known.
 */
public final class SignedInUser {
  /** The most an audit record's actor holds (its column is 200 characters). */
  static final int ACTOR_LENGTH = 200;

  private SignedInUser() {}

  /** An authentication (or its principal) that knows the user's display name. */
  public interface Named {
    /** The display name, or null when the provider gave none. */
    String displayName();
  }

  /** The display name where the provider gave one, otherwise {@link Authentication#getName()}. */
  public static String displayName(Authentication a) {
    String name = named(a);
    return name == null ? a.getName() : name;
  }

  /**
   * The user as an audit record names them: the subject alone, or {@code subject (display name)},
   * within {@value #ACTOR_LENGTH} characters (the display name is shortened, never the subject).
   */
  public static String actor(Authentication a) {
    String subject = a.getName();
    String name = named(a);
    if (name == null || name.isBlank() || name.equals(subject)) {
      return subject;
    }
    String clean = name.replaceAll("[\\p{Cntrl}]", " ").strip();
    int room = ACTOR_LENGTH - subject.length() - 3;
    if (room < 1) {
      return subject;
    }
    if (clean.length() > room) {
      clean = clean.substring(0, room - 1) + "…";
    }
    return subject + " (" + clean + ")";
  }

  private static String named(Authentication a) {
    if (a instanceof Named n) {
      return n.displayName();
    }
    if (a != null && a.getPrincipal() instanceof Named n) {
      return n.displayName();
    }
    return null;
  }
}
