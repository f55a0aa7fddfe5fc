package org.openras.service.audit;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.openras.engine.OpenRasEngine;
import org.openras.engine.catalogue.ClasspathRuleStore;
import org.openras.engine.json.Json;
import org.openras.engine.request.CalculationRequest;
import org.openras.engine.result.CalculationResult;
import org.openras.seeds.SeedPeople;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * An in-process benchmark (not a test; run by {@code benchmarks/audit-write.sh}) of the audit
 * record's write path both ways docs/adr/0026-service-overhead.md weighs, on PostgreSQL, through
 * the real {@link AuditLog} (chain lock, head read, hashing, JDBC batch insert, commit):
 *
 * <ul>
 *   <li><b>full text</b> (what is stored): the request, the result text as sent, the rule sets;
 *   <li><b>digest</b>: the same record with the result text replaced by its SHA-256 (so a proof of
 *       what was shown needs a replay that reproduces the text byte for byte).
 * </ul>
 *
 * <p>Both ways write the seed people's real results in batches of 64 (as the group-commit writer
 * does under load), in alternating rounds so a busy machine disturbs both alike. Per record it
 * reports the writing thread's CPU time and elapsed time, the PostgreSQL backend's CPU time (read
 * from /proc: the database must be local), and the table's growth on disk (TOAST included). It also
 * times what proving a record costs each way: hashing the stored record (full text) against
 * replaying the calculation, writing its text and hashing that (digest). The reference measured in
 * the same run is the engine's whole calculation (thread CPU per calculation).
 *
 * <p>Usage: {@code AuditWriteBenchmark <jdbc-url> <owner> <app-role> <records-per-way> <out.json>
 * <command> <commit>}
 */
public final class AuditWriteBenchmark {
  private static final int BATCH = 64;
  private static final int ROUNDS = 6;
  private static final com.sun.management.ThreadMXBean THREADS =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

  private AuditWriteBenchmark() {}

  public static void main(String[] args) throws Exception {
    String url = args[0];
    String owner = args[1];
    String app = args[2];
    int perWay = Integer.parseInt(args[3]);
    Path out = Path.of(args[4]);
    String loadBefore = Files.readAllLines(Path.of("/proc/loadavg")).get(0);

    Flyway.configure()
        .dataSource(url, owner, "")
        .locations("classpath:db/migration/postgresql")
        .placeholders(Map.of("appRole", app))
        .load()
        .migrate();
    SingleConnectionDataSource db = new SingleConnectionDataSource(url, app, "", true);
    AuditLog log = new AuditLog(db, new DataSourceTransactionManager(db));
    int backend = query(db, "SELECT pg_backend_pid()");

    OpenRasEngine engine = OpenRasEngine.load(new ClasspathRuleStore());
    engine.compileAll();
    JsonMapper json = Json.mapper();
    List<CalculationRequest> people =
        SeedPeople.names().stream()
            .map(n -> json.readValue(SeedPeople.json(n), CalculationRequest.class))
            .toList();

    // Warm up every path (JIT) on records that count nowhere.
    Way full = new Way("fullText");
    Way digest = new Way("digest");
    Way engineAlone = new Way("engine");
    for (int i = 0; i < 3; i++) {
      round(
          log,
          engine,
          json,
          people,
          512,
          new Way("warm"),
          new Way("warm"),
          new Way("warm"),
          db,
          backend);
    }
    for (int r = 0; r < ROUNDS; r++) {
      round(log, engine, json, people, perWay / ROUNDS, full, digest, engineAlone, db, backend);
    }
    long verifyFull = proveFull(log, people.size() * 50);
    long verifyDigest = proveDigest(engine, json, people, people.size() * 50);

    Map<String, Object> record = new LinkedHashMap<>();
    record.put(
        "benchmark", "audit record write path, full result text against a digest (ADR 0026)");
    record.put("date", OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS));
    record.put("machine", machine(loadBefore));
    record.put("command", args[5]);
    record.put("commit", args[6]);
    record.put("database", query(db, "SHOW server_version_num") + " (PostgreSQL, local)");
    record.put("batch", BATCH);
    record.put("recordsPerWay", full.records);
    record.put("referenceEngineWholeCalculation", engineAlone.perRecord());
    record.put("fullText", full.perRecord());
    record.put("digest", digest.perRecord());
    record.put(
        "proveOneRecordMicros",
        Map.of(
            "fullText (hash the stored record)", verifyFull / 1000.0,
            "digest (replay, write the text, hash it)", verifyDigest / 1000.0));
    record.put(
        "note",
        "CPU figures are thread CPU time of the writing thread (JDBC encoding, hashing) and of"
            + " the PostgreSQL backend serving its connection (/proc); bytes are the table's growth"
            + " (pg_total_relation_size, TOAST included) per record; the engine reference is the"
            + " thread CPU of OpenRasEngine.calculate on the same seed people in the same run");
    JsonMapper pretty = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    Files.writeString(out, pretty.writeValueAsString(record) + "\n");
    System.out.println(Files.readString(out));
    db.destroy();
  }

  /** Totals for one way of writing. */
  private static final class Way {
    final String name;
    long records;
    long cpuNanos;
    long elapsedNanos;
    long dbCpuTicks;
    long bytes;

    Way(String name) {
      this.name = name;
    }

    Map<String, Object> perRecord() {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("records", records);
      m.put("cpuMicros", round(cpuNanos / 1000.0 / records));
      m.put("elapsedMicros", round(elapsedNanos / 1000.0 / records));
      if (!"engine".equals(name)) {
        m.put("postgresBackendCpuMicros", round(dbCpuTicks * 10_000.0 / records));
        m.put("bytesOnDisk", round((double) bytes / records));
      }
      return m;
    }
  }

  private static void round(
      AuditLog log,
      OpenRasEngine engine,
      JsonMapper json,
      List<CalculationRequest> people,
      int records,
      Way full,
      Way digest,
      Way engineAlone,
      SingleConnectionDataSource db,
      int backend)
      throws Exception {
    List<AuditDraft> drafts = new ArrayList<>(records);
    for (int i = 0; i < records; i++) {
      CalculationRequest request = people.get(i % people.size());
      long cpu = THREADS.getCurrentThreadCpuTime();
      long start = System.nanoTime();
      CalculationResult result = engine.calculate(request);
      engineAlone.elapsedNanos += System.nanoTime() - start;
      engineAlone.cpuNanos += THREADS.getCurrentThreadCpuTime() - cpu;
      engineAlone.records++;
      drafts.add(
          new AuditDraft(
              UUID.randomUUID(),
              "benchmark",
              "ASSESSOR",
              request.personRef(),
              json.writeValueAsString(request),
              json.writeValueAsString(result),
              json.writeValueAsString(result.ruleSets().stream().map(RecordedRuleSet::of).toList()),
              result.engineVersion()));
    }
    write(log, drafts, full, false, db, backend);
    List<AuditDraft> fresh = drafts.stream().map(d -> withId(d, UUID.randomUUID())).toList();
    write(log, fresh, digest, true, db, backend);
  }

  private static AuditDraft withId(AuditDraft d, UUID id) {
    return new AuditDraft(
        id,
        d.actor(),
        d.role(),
        d.personRef(),
        d.request(),
        d.result(),
        d.ruleSets(),
        d.engineVersion());
  }

  /** Writes the drafts in batches, timing this thread, the backend and the table's growth. */
  private static void write(
      AuditLog log,
      List<AuditDraft> drafts,
      Way way,
      boolean digestOnly,
      SingleConnectionDataSource db,
      int backend)
      throws Exception {
    long sizeBefore = size(db);
    long dbBefore = procCpuTicks(backend);
    long cpu = THREADS.getCurrentThreadCpuTime();
    long start = System.nanoTime();
    for (int i = 0; i < drafts.size(); i += BATCH) {
      List<AuditDraft> batch = drafts.subList(i, Math.min(drafts.size(), i + BATCH));
      if (digestOnly) {
        batch = batch.stream().map(AuditWriteBenchmark::digestOf).toList();
      }
      log.append(batch);
    }
    way.elapsedNanos += System.nanoTime() - start;
    way.cpuNanos += THREADS.getCurrentThreadCpuTime() - cpu;
    way.dbCpuTicks += procCpuTicks(backend) - dbBefore;
    way.bytes += size(db) - sizeBefore;
    way.records += drafts.size();
  }

  /** The draft as the digest way would store it: the result text replaced by its SHA-256. */
  private static AuditDraft digestOf(AuditDraft d) {
    return new AuditDraft(
        d.id(),
        d.actor(),
        d.role(),
        d.personRef(),
        d.request(),
        "sha256:" + AuditHash.sha256(d.result()),
        d.ruleSets(),
        d.engineVersion());
  }

  /** Proving records kept whole: read back and hash each (as verification does). */
  private static long proveFull(AuditLog log, int most) {
    List<AuditEntry> entries = new ArrayList<>();
    log.forEach(
        e -> {
          if (entries.size() < most && !e.result().startsWith("sha256:")) {
            entries.add(e);
          }
        });
    long start = System.nanoTime();
    int intact = 0;
    for (AuditEntry e : entries) {
      intact += AuditHash.of(e).equals(e.hash()) ? 1 : 0;
    }
    if (intact != entries.size()) {
      throw new IllegalStateException("a record did not verify");
    }
    return (System.nanoTime() - start) / entries.size();
  }

  /** Proving a digest record: replay the request, write the text, hash it. */
  private static long proveDigest(
      OpenRasEngine engine, JsonMapper json, List<CalculationRequest> people, int n) {
    long start = System.nanoTime();
    int same = 0;
    for (int i = 0; i < n; i++) {
      CalculationRequest request = people.get(i % people.size());
      String text = json.writeValueAsString(engine.calculate(request));
      same += AuditHash.sha256(text).length() == 64 ? 1 : 0;
    }
    if (same != n) {
      throw new IllegalStateException("a replay failed");
    }
    return (System.nanoTime() - start) / n;
  }

  private static long size(SingleConnectionDataSource db) throws Exception {
    return query(db, "SELECT pg_total_relation_size('audit_record')");
  }

  private static int query(SingleConnectionDataSource db, String sql) throws Exception {
    return (int) Math.min(Integer.MAX_VALUE, queryLong(db, sql));
  }

  private static long queryLong(SingleConnectionDataSource db, String sql) throws Exception {
    Connection c = db.getConnection();
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return Long.parseLong(rs.getString(1));
    }
  }

  private static long procCpuTicks(int pid) {
    try {
      String stat = Files.readString(Path.of("/proc", Integer.toString(pid), "stat"));
      String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      return Long.parseLong(f[11]) + Long.parseLong(f[12]);
    } catch (Exception e) {
      return 0;
    }
  }

  private static Map<String, Object> machine(String loadBefore) throws Exception {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("processors", Runtime.getRuntime().availableProcessors());
    m.put(
        "cpuModel",
        Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
            .filter(l -> l.startsWith("model name"))
            .map(l -> l.substring(l.indexOf(':') + 1).strip())
            .findFirst()
            .orElse("unknown"));
    m.put("loadAverageBefore", loadBefore.strip());
    m.put("loadAverageAfter", Files.readAllLines(Path.of("/proc/loadavg")).get(0).strip());
    m.put("java", System.getProperty("java.runtime.version"));
    return m;
  }

  private static double round(double v) {
    return Math.round(v * 100) / 100.0;
  }
}
