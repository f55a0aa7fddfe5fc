package org.openras.service.scenario;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.openras.service.web.Formats;
import org.openras.service.web.PageErrors;
import org.springframework.web.multipart.MultipartFile;

/**
 * The caseload part of the finance officer's forms: generate one (people, seed, with or without
 * finances, as the generator takes them), upload a JSON Lines file or a council's CSV export with
 * its column-mapping file (as {@code POST /api/v1/caseloads} takes them), or name one already kept
 * by its SHA-256. An upload is kept as soon as it is read, and the form then names it, so a form
 * sent back with a problem need not carry the file again.
 */
public class CaseloadForm {
  /** The problems of a CSV file listed on the page, by line and column; all are counted. */
  static final int LISTED = 20;

  static final String GENERATE = "generate";
  static final String UPLOAD = "upload";
  static final String KEPT = "kept";

  private String source = GENERATE;
  private String people = "";
  private String seed = "";
  private String finances;
  private String caseloadId = "";
  private String keptNote;

  /**
   * The caseload to use, or null when {@code errors} gained an entry. An uploaded file (with its
   * column-mapping file when it is a CSV export) is kept here; a caseload to generate is left to
   * the caller (the scenario job generates its own).
   */
  public ScenarioRequest.CaseloadChoice choose(
      MultipartFile file,
      MultipartFile mapping,
      CaseloadStore store,
      CsvCaseloads csv,
      PageErrors errors)
      throws IOException {
    if (UPLOAD.equals(source)) {
      return upload(file, mapping, store, csv, errors);
    }
    if (KEPT.equals(source)) {
      return kept(store, errors);
    }
    if (!GENERATE.equals(source)) {
      errors.add("source", "Select where the caseload comes from");
      return null;
    }
    Long count = whole(people);
    if (count == null || count < 1 || count > ScenarioRequest.MAX_GENERATED) {
      errors.add("people", "Enter the number of people as a whole number from 1 to 1000000");
    }
    Long s = blank(seed) ? Long.valueOf(Scenarios.DEFAULT_SEED) : whole(seed);
    if (s == null) {
      errors.add(
          "seed",
          "Enter the number that repeats the same people as a whole number, for example"
              + " 20250401");
    }
    return errors.any()
        ? null
        : new ScenarioRequest.CaseloadChoice(
            null, new ScenarioRequest.Generate(count, s, finances != null));
  }

  private ScenarioRequest.CaseloadChoice upload(
      MultipartFile file,
      MultipartFile mapping,
      CaseloadStore store,
      CsvCaseloads csv,
      PageErrors errors)
      throws IOException {
    if (file == null || file.isEmpty()) {
      errors.add(
          "file",
          file == null || blank(file.getOriginalFilename())
              ? "Select a caseload file"
              : "The selected file is empty");
      return null;
    }
    String name =
        file.getOriginalFilename() == null
            ? ""
            : file.getOriginalFilename().strip().toLowerCase(Locale.ROOT);
    int first = firstCharacter(file);
    boolean jsonName =
        name.endsWith(".jsonl") || name.endsWith(".ndjson") || name.endsWith(".json");
    boolean isCsv = name.endsWith(".csv") || (!jsonName && first != '{');
    if (!isCsv && first != '{') {
      errors.add(
          "file",
          "The selected file must be a caseload saved from OpenRAS (one person a line), or your"
              + " council's CSV export uploaded with its column-mapping file");
      return null;
    }
    CaseloadStore.Caseload kept;
    if (isCsv) {
      kept = importCsv(file, mapping, csv, errors);
      if (kept == null) {
        return null;
      }
    } else {
      try (InputStream in = file.getInputStream()) {
        kept = store.save(in);
      }
    }
    store.name(kept.id(), file.getOriginalFilename()); // its name in the lists (issue 21)
    source = KEPT;
    caseloadId = kept.id();
    keptNote =
        (isCsv
                    ? "Your CSV file “%s” was read through its column mapping and kept"
                    : "Your file “%s” was kept")
                .formatted(String.valueOf(file.getOriginalFilename()).strip())
            + " ("
            + Formats.number(kept.lines())
            + (kept.lines() == 1 ? " line" : " lines")
            + "): it is chosen below, so you need not upload it again.";
    return new ScenarioRequest.CaseloadChoice(kept.id(), null);
  }

  private static CaseloadStore.Caseload importCsv(
      MultipartFile file, MultipartFile mapping, CsvCaseloads csv, PageErrors errors)
      throws IOException {
    if (mapping == null || mapping.isEmpty()) {
      errors.add(
          "mapping",
          mapping == null || blank(mapping.getOriginalFilename())
              ? "Select the column-mapping file for the CSV file"
              : "The selected column-mapping file is empty");
      return null;
    }
    try (InputStream rows = file.getInputStream();
        InputStream columns = mapping.getInputStream()) {
      return csv.keep(rows, columns);
    } catch (CsvImportException e) {
      refused(e, errors);
      return null;
    }
  }

  /**
   * A CSV export not kept, on the page: the mapping's problems on the mapping field; the file's on
   * the file field, with the count of rows rejected and the first {@link #LISTED} problems, each by
   * line and column, in the error summary.
   */
  static void refused(CsvImportException e, PageErrors errors) {
    if (e.inRows()) {
      errors.add(
          "file",
          e.rejected()
              + " of the "
              + e.rows()
              + (e.rows() == 1 ? " row" : " rows")
              + " in the CSV file "
              + (e.rejected() == 1 ? "has" : "have")
              + " problems, so nothing was kept: fix "
              + (e.rejected() == 1 ? "it" : "them")
              + " in the export and upload it again"
              + (e.problemCount() > LISTED
                  ? " (the first " + LISTED + " of " + e.problemCount() + " problems are listed)"
                  : ""));
    }
    for (CsvImportException.Problem p : e.problems().stream().limit(LISTED).toList()) {
      if (p.part().equals(CsvImportException.MAPPING)) {
        addOrMore(
            errors,
            "mapping",
            p.column() == null
                ? "The column-mapping file " + p.problem()
                : "In the column-mapping file, " + p.column() + " " + p.problem());
      } else if (p.line() == null) {
        addOrMore(errors, "file", "The CSV file " + p.problem());
      } else {
        errors.add(
            "file",
            "The CSV file's header line lacks columns the column-mapping file names, so nothing"
                + " was kept");
        errors.addMore("file", "Line " + p.line() + ", column " + p.column() + ": " + p.problem());
      }
    }
  }

  private static void addOrMore(PageErrors errors, String field, String message) {
    if (errors.getByField().containsKey(field)) {
      errors.addMore(field, message);
    } else {
      errors.add(field, message);
    }
  }

  private ScenarioRequest.CaseloadChoice kept(CaseloadStore store, PageErrors errors) {
    String id = caseloadId == null ? "" : caseloadId.strip();
    try {
      return new ScenarioRequest.CaseloadChoice(store.describe(id).id(), null);
    } catch (CaseloadNotFoundException e) {
      errors.add(
          "caseloadId",
          id.isEmpty()
              ? "Enter the id of a kept caseload"
              : "No caseload has this id: enter the 64-character SHA-256 of a kept caseload");
      return null;
    }
  }

  /** The first character that is not white space, or -1 for a file of white space only. */
  private static int firstCharacter(MultipartFile file) throws IOException {
    try (Reader r =
        new BufferedReader(new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8))) {
      int c = r.read();
      while (c >= 0 && (Character.isWhitespace(c) || c == '\uFEFF')) {
        c = r.read();
      }
      return c;
    }
  }

  static Long whole(String text) {
    try {
      return blank(text) ? null : Long.valueOf(text.strip().replace(",", ""));
    } catch (NumberFormatException e) {
      return null;
    }
  }

  protected static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  // Bean accessors for the form binding.

  /** A kept caseload to pick on the forms (issue 21), instead of typing its hash. */
  public record Choice(String id, String label) {}

  /** The kept caseloads to pick from, the most recently kept first. */
  public static java.util.List<Choice> choices(CaseloadStore store) {
    return store.list(200).stream()
        .map(
            k ->
                new Choice(
                    k.id(),
                    (k.name() == null ? "Caseload " + k.id().substring(0, 8) : k.name())
                        + ": "
                        + k.lines()
                        + (k.lines() == 1 ? " line" : " lines")
                        + ", kept "
                        + org.openras.service.web.SearchForm.when(k.keptAt())
                        + " by "
                        + k.keptBy()))
        .toList();
  }

  /** Opens the form with a kept caseload chosen (the caseloads list's "use" links). */
  public void useKept(String id) {
    if (id != null && !id.isBlank()) {
      source = KEPT;
      caseloadId = id.strip();
    }
  }

  public String getSource() {
    return source;
  }

  public void setSource(String v) {
    source = v;
  }

  public String getPeople() {
    return people;
  }

  public void setPeople(String v) {
    people = v;
  }

  public String getSeed() {
    return seed;
  }

  public void setSeed(String v) {
    seed = v;
  }

  public String getFinances() {
    return finances;
  }

  public void setFinances(String v) {
    finances = v;
  }

  public String getCaseloadId() {
    return caseloadId;
  }

  public void setCaseloadId(String v) {
    caseloadId = v;
  }

  /** Set once an uploaded file is kept: what to tell the user about it. */
  public String getKeptNote() {
    return keptNote;
  }
}
