package org.openras.service.publication;

import java.util.List;
import org.openras.service.audit.AuditHash;

/**
 * The publication log checked end to end: every entry's hash recomputed, every link to the entry
 * before, sequences from 1 without a gap; the first entry that fails is named.
 *
 * @param intact true when every entry checks
 * @param entriesChecked how many entries were read
 * @param lastSequence the newest entry's sequence (0 when empty)
 * @param lastHash the newest entry's hash (64 zeros when empty)
 * @param firstBroken the first entry that fails, or null
 */
public record LogVerification(
    boolean intact,
    long entriesChecked,
    long lastSequence,
    String lastHash,
    BrokenEntry firstBroken) {

  /** An entry that fails verification, and why. */
  public record BrokenEntry(long sequence, String area, String version, String problem) {}

  static LogVerification of(List<PublicationEntry> entries) {
    String previous = AuditHash.GENESIS;
    long expected = 1;
    for (PublicationEntry e : entries) {
      String problem = null;
      if (e.sequence() != expected) {
        problem = "its sequence is " + e.sequence() + " where " + expected + " was expected";
      } else if (!e.previousHash().equals(previous)) {
        problem = "it does not link to the entry before it: an entry was removed or changed";
      } else if (!e.computedHash().equals(e.hash())) {
        problem =
            "its contents do not match its stored hash ("
                + e.hash()
                + "): the entry was changed after it was written";
      }
      if (problem != null) {
        return new LogVerification(
            false,
            entries.size(),
            last(entries).sequence(),
            last(entries).hash(),
            new BrokenEntry(e.sequence(), e.area(), e.version(), problem));
      }
      previous = e.hash();
      expected++;
    }
    return entries.isEmpty()
        ? new LogVerification(true, 0, 0, AuditHash.GENESIS, null)
        : new LogVerification(
            true, entries.size(), last(entries).sequence(), last(entries).hash(), null);
  }

  private static PublicationEntry last(List<PublicationEntry> entries) {
    return entries.get(entries.size() - 1);
  }
}
