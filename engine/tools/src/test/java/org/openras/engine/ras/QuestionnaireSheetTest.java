package org.openras.engine.ras;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openras.engine.OpenRasEngine;
import org.openras.engine.TestRules;
import org.openras.engine.cases.CaseRunner;
import org.openras.engine.catalogue.DirectoryRuleStore;
import org.openras.engine.catalogue.InvalidRuleSetException;
import org.openras.engine.catalogue.RuleSetVersion;

/**
 * The points table kept as a spreadsheet gives the same RAS, and its errors name sheet and cell.
 */
class QuestionnaireSheetTest {
  @TempDir Path dir;

  private static RuleSetVersion shipped() {
    return TestRules.engine().catalogue().find("ras", "2025-04-01").orElseThrow();
  }

  private static byte[] sheetOf(Questionnaire q) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    QuestionnaireSheet.write(q, out);
    return out.toByteArray();
  }

  /** A copy of ras/2025-04-01 whose points table is the spreadsheet instead of the YAML. */
  private Path versionWithSheet(byte[] xlsx) throws IOException {
    Path source = TestRules.DIR.resolve("ras/2025-04-01");
    Path target = dir.resolve("ras/2025-04-01");
    Files.createDirectories(target.resolve("cases"));
    try (var files = Files.walk(source)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        Files.copy(f, target.resolve(source.relativize(f).toString()));
      }
    }
    Files.delete(target.resolve(Questionnaire.FILE));
    Files.write(target.resolve(QuestionnaireSheet.FILE), xlsx);
    return target;
  }

  @Test
  void theShippedTableWrittenAsASheetReadsBackTheSame() throws IOException {
    Questionnaire yaml = new RasArea().questionnaire(shipped());
    Questionnaire sheet = QuestionnaireSheet.read(sheetOf(yaml), "test.xlsx");
    assertThat(sheet).isEqualTo(yaml);
  }

  @Test
  void aVersionWithTheSheetPassesTheSameCases() throws IOException {
    versionWithSheet(sheetOf(new RasArea().questionnaire(shipped())));
    OpenRasEngine engine = OpenRasEngine.load(new DirectoryRuleStore(dir));
    RuleSetVersion version = engine.catalogue().find("ras", "2025-04-01").orElseThrow();
    assertThat(version.hash()).isNotEqualTo(shipped().hash());
    var cases = CaseRunner.cases(version);
    assertThat(cases).hasSizeGreaterThanOrEqualTo(15);
    assertThat(cases).allSatisfy(c -> assertThat(CaseRunner.run(engine, c).passed()).isTrue());
  }

  @Test
  void pointsThatAreNotANumberAreNamedBySheetAndCell() throws IOException {
    byte[] xlsx =
        edit(
            sheetOf(new RasArea().questionnaire(shipped())),
            b -> b.getSheet("Points").getRow(2).getCell(4).setCellValue("four"));
    assertThatThrownBy(() -> QuestionnaireSheet.read(xlsx, "ras/x/questionnaire.xlsx"))
        .isInstanceOf(InvalidRuleSetException.class)
        .hasMessageContaining("ras/x/questionnaire.xlsx sheet 'Points' cell E3")
        .hasMessageContaining("whole number");
  }

  @Test
  void aMissingLevelIsNamedBySheetAndCell() throws IOException {
    byte[] xlsx =
        edit(
            sheetOf(new RasArea().questionnaire(shipped())),
            b -> b.getSheet("Points").getRow(3).getCell(3).setCellValue(5));
    assertThatThrownBy(() -> QuestionnaireSheet.read(xlsx, "q.xlsx"))
        .hasMessageContaining("sheet 'Points' cell D4")
        .hasMessageContaining("levels 0, 1, 2");
  }

  @Test
  void fallingPointsAreNamedBySheetAndCell() throws IOException {
    byte[] xlsx =
        edit(
            sheetOf(new RasArea().questionnaire(shipped())),
            b -> b.getSheet("Points").getRow(3).getCell(4).setCellValue(1));
    assertThatThrownBy(() -> QuestionnaireSheet.read(xlsx, "q.xlsx"))
        .hasMessageContaining("sheet 'Points' cell E4")
        .hasMessageContaining("fewer points");
  }

  @Test
  void aVersionWithBothTablesIsRefused() throws IOException {
    Path target = versionWithSheet(sheetOf(new RasArea().questionnaire(shipped())));
    Files.copy(
        TestRules.DIR.resolve("ras/2025-04-01").resolve(Questionnaire.FILE),
        target.resolve(Questionnaire.FILE));
    OpenRasEngine engine = OpenRasEngine.load(new DirectoryRuleStore(dir));
    RuleSetVersion version = engine.catalogue().find("ras", "2025-04-01").orElseThrow();
    assertThatThrownBy(() -> Questionnaire.load(version))
        .isInstanceOf(InvalidRuleSetException.class)
        .hasMessageContaining("keep one points table");
  }

  private interface Change {
    void apply(Workbook book);
  }

  private static byte[] edit(byte[] xlsx, Change change) throws IOException {
    try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      change.apply(book);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (OutputStream o = out) {
        book.write(o);
      }
      return out.toByteArray();
    }
  }
}
