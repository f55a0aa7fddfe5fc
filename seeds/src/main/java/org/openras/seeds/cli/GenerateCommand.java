package org.openras.seeds.cli;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.openras.seeds.caseload.CaseloadGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    description = "Writes a synthetic caseload (JSON Lines), the same for the same seed.")
final class GenerateCommand implements Callable<Integer> {
  @Option(
      names = "--people",
      defaultValue = "1000",
      description = "How many people (1,000 to 1,000,000 is the designed range).")
  long people;

  @Option(names = "--seed", defaultValue = "20250401", description = "Random seed.")
  long seed;

  @Option(
      names = "--finances",
      description = "Also write request.finances (needs the contributions area in the engine).")
  boolean finances;

  @Option(
      names = {"-o", "--out"},
      required = true,
      description = "The caseload file to write.")
  Path out;

  @Override
  public Integer call() throws Exception {
    ProgressBar bar = new ProgressBar(System.err, "generate");
    try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      new CaseloadGenerator(seed, finances)
          .write(w, people, done -> bar.update(done, done, people));
    }
    bar.finish(people);
    return 0;
  }
}
