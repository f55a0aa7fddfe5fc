package org.openras.seeds.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code openras generate | import | scenario | envelope | calibrate}: batch runs for finance
 * officers.
 */
@Command(
    name = "openras",
    mixinStandardHelpOptions = true,
    description = "OpenRAS batch commands: caseloads, scenarios, budget envelopes and calibration.",
    subcommands = {
      GenerateCommand.class,
      ImportCommand.class,
      ScenarioCommand.class,
      EnvelopeCommand.class,
      CalibrateCommand.class
    })
public final class OpenRasCli implements Runnable {
  public static void main(String[] args) {
    System.exit(new CommandLine(new OpenRasCli()).execute(args));
  }

  @Override
  public void run() {
    new CommandLine(this).usage(System.err);
  }
}
