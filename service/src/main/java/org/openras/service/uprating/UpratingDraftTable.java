package org.openras.service.uprating;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.openras.engine.catalogue.RuleSetSource;
import org.openras.engine.json.Json;
import org.openras.engine.uprating.UpratingDraft;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;

/**
 * Uprating drafts in the database: what the officer entered and the version folder built from it.
 * Every instance on one database sees the same drafts.
 */
@Repository
@DependsOnDatabaseInitialization
public class UpratingDraftTable {
  private static final TypeReference<TreeMap<String, byte[]>> FILES = new TypeReference<>() {};

  private final JdbcClient jdbc;
  private final Clock clock;

  UpratingDraftTable(DataSource dataSource, Clock clock) {
    this.jdbc = JdbcClient.create(dataSource);
    this.clock = clock;
  }

  /** A draft as kept: its entries, its files, and who made and last changed it, when. */
  public record StoredDraft(
      UpratingDraft draft,
      SortedMap<String, byte[]> files,
      String createdBy,
      OffsetDateTime createdAt,
      String updatedBy,
      OffsetDateTime updatedAt) {

    public RuleSetSource source() {
      return new RuleSetSource(draft.area(), draft.version(), files);
    }
  }

  /** Every draft, by area and version. */
  public List<StoredDraft> all() {
    return jdbc.sql("SELECT * FROM uprating_draft ORDER BY area, version")
        .query(UpratingDraftTable::row)
        .list();
  }

  public Optional<StoredDraft> find(String area, String version) {
    return jdbc.sql("SELECT * FROM uprating_draft WHERE area = ? AND version = ?")
        .params(area, version)
        .query(UpratingDraftTable::row)
        .optional();
  }

  /** Adds a new draft; false when one of its area and version exists already. */
  boolean insert(UpratingDraft d, SortedMap<String, byte[]> files, String by) {
    if (find(d.area(), d.version()).isPresent()) {
      return false;
    }
    OffsetDateTime now = now();
    try {
      jdbc.sql(
              "INSERT INTO uprating_draft (area, version, source_version, draft_json, files_json,"
                  + " created_by, created_at, updated_by, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?,"
                  + " ?, ?)")
          .params(
              d.area(),
              d.version(),
              d.source(),
              Json.mapper().writeValueAsString(d),
              Json.mapper().writeValueAsString(files),
              by,
              now,
              by,
              now)
          .update();
    } catch (DuplicateKeyException e) {
      return false; // another instance made it meanwhile
    }
    return true;
  }

  void update(UpratingDraft d, SortedMap<String, byte[]> files, String by) {
    jdbc.sql(
            "UPDATE uprating_draft SET draft_json = ?, files_json = ?, updated_by = ?, updated_at"
                + " = ? WHERE area = ? AND version = ?")
        .params(
            Json.mapper().writeValueAsString(d),
            Json.mapper().writeValueAsString(files),
            by,
            now(),
            d.area(),
            d.version())
        .update();
  }

  void delete(String area, String version) {
    jdbc.sql("DELETE FROM uprating_draft WHERE area = ? AND version = ?")
        .params(area, version)
        .update();
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock)
        .withOffsetSameInstant(ZoneOffset.UTC)
        .truncatedTo(ChronoUnit.MILLIS);
  }

  private static StoredDraft row(ResultSet rs, int n) throws SQLException {
    return new StoredDraft(
        Json.mapper().readValue(rs.getString("draft_json"), UpratingDraft.class),
        Json.mapper().readValue(rs.getString("files_json"), FILES),
        rs.getString("created_by"),
        rs.getObject("created_at", OffsetDateTime.class),
        rs.getString("updated_by"),
        rs.getObject("updated_at", OffsetDateTime.class));
  }
}
