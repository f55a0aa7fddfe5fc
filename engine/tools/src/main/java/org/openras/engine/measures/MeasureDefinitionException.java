package org.openras.engine.measures;

/** A measure definition or plan that cannot be used, naming its file and what is wrong. */
public final class MeasureDefinitionException extends RuntimeException {
  private final String file;

  public MeasureDefinitionException(String file, String problem) {
    super(file + ": " + problem);
    this.file = file;
  }

  public String file() {
    return file;
  }
}
