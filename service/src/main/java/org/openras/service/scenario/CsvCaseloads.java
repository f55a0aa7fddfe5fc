package org.openras.service.scenario;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.commons.csv.CSVException;
import org.openras.seeds.importer.ColumnMapping;
import org.openras.seeds.importer.CsvImporter;
import org.openras.seeds.importer.ImportProblem;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * A council's CSV export kept as a caseload: read through its column-mapping file by the importer
 * that {@code openras import} uses, into JSON Lines kept by {@link CaseloadStore} (so its id is the
 * SHA-256 of those lines). All or nothing: when the mapping or any row has a problem, nothing is
 * kept and {@link CsvImportException} says what, by line and column.
 */
@Component
public class CsvCaseloads {
  /** The most problems a refusal lists; all of them are counted. */
  public static final int LISTED = 1000;

  /** A column mapping is a short YAML file; a larger one is refused rather than read. */
  static final int MAPPING_LIMIT = 1024 * 1024;

  private static final String FIELDS =
      "personRef, assessmentDate, dateOfBirth, primarySupportReason and actualWeeklyCost";
  private static final Set<String> KNOWN_COLUMNS =
      Set.of(
          "personRef", "assessmentDate", "dateOfBirth", "primarySupportReason", "actualWeeklyCost");
  private static final String LIKE_THE_EXAMPLE =
      "write it as YAML with the keys columns, needs, informalSupport, dateFormat and"
          + " primarySupportReasonCodes, as seeds/mappings/client-level-data.yaml does";

  private final CaseloadStore store;

  CsvCaseloads(CaseloadStore store) {
    this.store = store;
  }

  /**
   * Reads the CSV through the mapping and keeps the caseload.
   *
   * @throws CsvImportException when the mapping or the CSV has any problem (nothing is kept)
   */
  public CaseloadStore.Caseload keep(InputStream csv, InputStream mapping) throws IOException {
    CsvImporter importer = new CsvImporter(mapping(mapping));
    return store.write(out -> convert(importer, csv, out));
  }

  private static void convert(CsvImporter importer, InputStream csv, Writer out)
      throws IOException {
    long[] count = {0};
    CsvImporter.Outcome outcome;
    try {
      BufferedReader in = new BufferedReader(utf8(csv));
      in.mark(1);
      int first = in.read();
      if (first < 0) {
        throw refused(CsvImportException.CSV, "is empty");
      }
      if (first != '\uFEFF') {
        in.reset(); // a byte-order mark (spreadsheets write one) is not part of the header
      }
      outcome = importer.run(in, out, p -> count[0]++, LISTED);
    } catch (UncheckedIOException e) {
      throw unreadable(e.getCause());
    } catch (CSVException | CharacterCodingException e) {
      throw unreadable(e);
    } catch (IllegalArgumentException e) {
      // The CSV reader's check of the header line ("A header name is missing in [a, , b]").
      if (e.getMessage() == null || !e.getMessage().contains("header")) {
        throw e;
      }
      throw refused(
          CsvImportException.CSV,
          "has a header line that cannot be read: "
              + e.getMessage()
              + "; every column needs a name of its own");
    }
    if (!outcome.problems().isEmpty()) {
      List<CsvImportException.Problem> problems = new ArrayList<>();
      for (ImportProblem p : outcome.problems()) {
        problems.add(
            new CsvImportException.Problem(
                CsvImportException.CSV, p.line(), p.column(), p.problem()));
      }
      throw new CsvImportException(
          problems, outcome.rows(), outcome.rows() - outcome.written(), count[0]);
    }
    if (outcome.rows() == 0) {
      throw refused(CsvImportException.CSV, "has no rows: it has only its header line");
    }
  }

  /**
   * A fault reading the CSV file: the file's own (not CSV, not UTF-8) is a refusal.
   *
   * @throws IOException any other fault, as it was (the disk's, not the file's)
   */
  private static CsvImportException unreadable(IOException cause) throws IOException {
    if (cause instanceof CharacterCodingException) {
      return refused(
          CsvImportException.CSV,
          "is not UTF-8 text: save it from the spreadsheet as \"CSV UTF-8\" and send it again");
    }
    if (cause instanceof CSVException e) {
      return refused(CsvImportException.CSV, "is not valid CSV: " + e.getMessage());
    }
    throw cause;
  }

  /** The mapping, read and checked; problems with it are refused before any row is read. */
  static ColumnMapping mapping(InputStream in) throws IOException {
    byte[] bytes = in.readNBytes(MAPPING_LIMIT + 1);
    if (bytes.length > MAPPING_LIMIT) {
      throw refused(
          CsvImportException.MAPPING,
          "is larger than 1 MB; a column mapping is a short YAML file, as"
              + " seeds/mappings/client-level-data.yaml is");
    }
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
    } catch (CharacterCodingException e) {
      throw refused(CsvImportException.MAPPING, "is not UTF-8 text");
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    if (text.isBlank()) {
      throw refused(CsvImportException.MAPPING, "is empty");
    }
    ColumnMapping mapping;
    try {
      mapping = ColumnMapping.read(text);
    } catch (JacksonException e) {
      throw new CsvImportException(problem(e));
    }
    if (mapping == null) {
      throw refused(CsvImportException.MAPPING, "is not a column mapping: " + LIKE_THE_EXAMPLE);
    }
    List<CsvImportException.Problem> problems = check(mapping);
    if (!problems.isEmpty()) {
      throw new CsvImportException(problems, 0, 0, problems.size());
    }
    return mapping;
  }

  /** What the importer would otherwise find only when reading rows, or not at all. */
  private static List<CsvImportException.Problem> check(ColumnMapping m) {
    List<CsvImportException.Problem> out = new ArrayList<>();
    for (String field : ColumnMapping.REQUIRED) {
      if (blank(m.columns().get(field))) {
        out.add(key("columns." + field, "is missing: name the CSV column that holds it"));
      }
    }
    m.columns()
        .forEach(
            (field, column) -> {
              if (!KNOWN_COLUMNS.contains(field)) {
                out.add(
                    key(
                        "columns." + field,
                        "is not a field OpenRAS reads; the fields are " + FIELDS));
              } else if (field.equals("actualWeeklyCost") && blank(column)) {
                out.add(key("columns." + field, "names no column"));
              }
            });
    m.needs().forEach((domain, column) -> noColumn(out, "needs." + domain, column));
    m.informalSupport()
        .forEach((domain, column) -> noColumn(out, "informalSupport." + domain, column));
    if (m.dateFormat() != null) {
      try {
        if (m.dateFormat().isBlank()) {
          throw new IllegalArgumentException("it is empty");
        }
        DateTimeFormatter.ofPattern(m.dateFormat());
      } catch (IllegalArgumentException e) {
        out.add(
            key(
                "dateFormat",
                "is \""
                    + m.dateFormat()
                    + "\", which is not a date pattern ("
                    + e.getMessage()
                    + "); write one such as dd/MM/yyyy, or leave it out for yyyy-MM-dd"));
      }
    }
    return out;
  }

  private static void noColumn(List<CsvImportException.Problem> out, String key, String column) {
    if (blank(column)) {
      out.add(key(key, "names no column"));
    }
  }

  /** A mapping the YAML reader refused, in words: never the reader's Java names. */
  static CsvImportException.Problem problem(JacksonException e) {
    String path = path(e);
    String at = where(e.getLocation());
    if (e instanceof UnrecognizedPropertyException u) {
      Set<String> known = new TreeSet<>();
      if (u.getKnownPropertyIds() != null) {
        u.getKnownPropertyIds().forEach(id -> known.add(String.valueOf(id)));
      }
      return key(path, "is not a key here" + at + "; the keys here are " + known);
    }
    if (e instanceof InvalidFormatException f) {
      return key(
          path,
          "is \"" + f.getValue() + "\"" + at + ", which is not " + expected(f.getTargetType()));
    }
    if (e instanceof MismatchedInputException m) {
      return path == null
          ? whole("is not a column mapping" + at + ": " + LIKE_THE_EXAMPLE)
          : key(path, "must be " + expected(m.getTargetType()) + at);
    }
    if (e instanceof StreamReadException) {
      return whole("is not valid YAML" + at + ": " + yamlMessage(e.getOriginalMessage()));
    }
    return path == null
        ? whole("cannot be read as a column mapping" + at)
        : key(path, "cannot be read" + at);
  }

  private static String expected(Class<?> type) {
    if (type != null && type.isEnum()) {
      return "one of "
          + Arrays.stream(type.getEnumConstants()).map(Object::toString).sorted().toList();
    }
    if (type != null && java.util.Map.class.isAssignableFrom(type)) {
      return "a list of name: value lines";
    }
    return type == String.class ? "text" : "of another kind";
  }

  /** SnakeYAML's sentences, without the echo of the file and the caret under it. */
  private static String yamlMessage(String message) {
    if (message == null) {
      return "it cannot be read";
    }
    List<String> sentences =
        message
            .lines()
            .filter(l -> !l.isBlank() && !Character.isWhitespace(l.charAt(0)))
            .map(String::strip)
            .toList();
    return sentences.isEmpty() ? "it cannot be read" : String.join("; ", sentences);
  }

  private static String path(JacksonException e) {
    StringBuilder out = new StringBuilder();
    for (JacksonException.Reference ref : e.getPath()) {
      if (ref.getPropertyName() != null) {
        out.append(out.isEmpty() ? "" : ".").append(ref.getPropertyName());
      } else if (ref.getIndex() >= 0) {
        out.append('[').append(ref.getIndex()).append(']');
      }
    }
    return out.isEmpty() ? null : out.toString();
  }

  private static String where(TokenStreamLocation location) {
    if (location == null || location.getLineNr() < 1) {
      return "";
    }
    return " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
  }

  private static Reader utf8(InputStream in) {
    return new InputStreamReader(
        in,
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT));
  }

  private static CsvImportException.Problem key(String key, String problem) {
    return new CsvImportException.Problem(CsvImportException.MAPPING, null, key, problem);
  }

  private static CsvImportException.Problem whole(String problem) {
    return new CsvImportException.Problem(CsvImportException.MAPPING, null, null, problem);
  }

  private static CsvImportException refused(String part, String problem) {
    return new CsvImportException(new CsvImportException.Problem(part, null, null, problem));
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
