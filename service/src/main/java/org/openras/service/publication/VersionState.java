package org.openras.service.publication;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openras.service.publication.PublicationEntry.Action;

/**
 * Where a version stands in the publication log on a given day: {@code PUBLISHED} (published, its
 * effective date come), {@code SCHEDULED} (published, its date still to come), {@code WITHDRAWN}
 * (withdrawn before its date), or {@code DRAFT} (in the rule store, not in the log).
 */
public record VersionState(
    String area,
    String version,
    State state,
    String contentHash,
    LocalDate effectiveFrom,
    String publishedBy,
    Instant publishedAt,
    String withdrawnBy,
    Instant withdrawnAt,
    String withdrawalReason) {

  /** The four states. */
  public enum State {
    DRAFT,
    PUBLISHED,
    SCHEDULED,
    WITHDRAWN
  }

  static VersionState draft(String area, String version) {
    return new VersionState(area, version, State.DRAFT, null, null, null, null, null, null, null);
  }

  /** Each version named in {@code entries} ({@code area/version}), in first-published order. */
  static Map<String, VersionState> of(List<PublicationEntry> entries, LocalDate today) {
    Map<String, VersionState> out = new LinkedHashMap<>();
    for (PublicationEntry e : entries) {
      VersionState before = out.get(e.name());
      if (e.action() == Action.PUBLISH) {
        out.put(
            e.name(),
            new VersionState(
                e.area(),
                e.version(),
                e.effectiveFrom().isAfter(today) ? State.SCHEDULED : State.PUBLISHED,
                e.contentHash(),
                e.effectiveFrom(),
                e.actor(),
                e.recordedAt(),
                null,
                null,
                null));
      } else if (before != null) {
        out.put(
            e.name(),
            new VersionState(
                e.area(),
                e.version(),
                State.WITHDRAWN,
                before.contentHash(),
                before.effectiveFrom(),
                before.publishedBy(),
                before.publishedAt(),
                e.actor(),
                e.recordedAt(),
                e.note()));
      }
    }
    return out;
  }

  /** Published or scheduled: in the catalogue a new version must fit beside. */
  boolean standing() {
    return state == State.PUBLISHED || state == State.SCHEDULED;
  }

  String name() {
    return area + "/" + version;
  }
}
