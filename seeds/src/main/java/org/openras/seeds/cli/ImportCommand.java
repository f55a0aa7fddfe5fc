package org.openras.seeds.cli;

import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.openras.seeds.importer.ColumnMapping;
import org.openras.seeds.importer.CsvImporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description =
        "Turns a council's CSV export into a caseload through a column-mapping file; prints every bad row by line.")
final class ImportCommand implements Callable<Integer> {
  @Option(
      names = "--csv",
      required = true,
      description = "The council's CSV export (with a header row).")
  Path csv;

  @Option(names = "--mapping", required = true, description = "The column-mapping YAML.")
  Path mapping;

  @Option(
      names = {"-o", "--out"},
      required = true,
      description = "The caseload file to write.")
  Path out;

  @Override
  public Integer call() throws Exception {
    CsvImporter.Outcome outcome;
    try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
        Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      outcome =
          new CsvImporter(ColumnMapping.load(mapping))
              .run(
                  in,
                  w,
                  p ->
                      System.err.printf(
                          "line %d, column '%s': %s%n", p.line(), p.column(), p.problem()));
    }
    System.err.printf(
        "%d rows read, %d written, %d problems%n",
        outcome.rows(), outcome.written(), outcome.problems().size());
    return outcome.problems().isEmpty() ? 0 : 2;
  }
}
