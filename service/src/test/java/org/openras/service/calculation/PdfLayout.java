package org.openras.service.calculation;

import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * What a rendered PDF page holds, read back with PDFBox: each run of text with its box, and each
 * rule or border drawn, with its box, all in points from the page's top left. For checking that
 * nothing on the page collides.
 */
final class PdfLayout {
  /** A word on the page and the box its glyphs take. */
  record Run(int page, String text, Rectangle2D box) {}

  /** A line or filled shape drawn on the page (table borders, rules) and its box. */
  record Drawn(int page, Rectangle2D box) {}

  final List<Run> runs = new ArrayList<>();
  final List<Drawn> drawn = new ArrayList<>();
  final String text;

  private PdfLayout(byte[] pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      Stripper stripper = new Stripper();
      StringWriter all = new StringWriter();
      stripper.writeText(doc, all);
      text = all.toString();
      int n = 0;
      for (PDPage page : doc.getPages()) {
        n++;
        new Shapes(page, n, page.getMediaBox().getHeight()).processPage(page);
      }
    }
  }

  static PdfLayout of(byte[] pdf) throws IOException {
    return new PdfLayout(pdf);
  }

  /** The first run whose text contains {@code s}. */
  Run run(String s) {
    return runs.stream()
        .filter(r -> r.text().contains(s))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no text run contains " + s + " in " + runs));
  }

  /** The borders and rules (thin drawn shapes) that {@code r}'s box crosses. */
  List<Drawn> crossing(Run r) {
    return drawn.stream()
        .filter(d -> d.page() == r.page() && thin(d.box()) && r.box().intersects(d.box()))
        .toList();
  }

  /** The other words whose box overlaps {@code r}'s. */
  List<Run> overlapping(Run r) {
    return runs.stream()
        .filter(o -> o != r && o.page() == r.page() && overlap(o.box(), r.box()))
        .toList();
  }

  private static boolean thin(Rectangle2D b) {
    return Math.min(b.getWidth(), b.getHeight()) < 3;
  }

  /** Overlap by more than a hair (0.5 pt), so runs that merely touch do not count. */
  private static boolean overlap(Rectangle2D a, Rectangle2D b) {
    Rectangle2D i = a.createIntersection(b);
    return i.getWidth() > 0.5 && i.getHeight() > 0.5;
  }

  private final class Stripper extends PDFTextStripper {
    Stripper() throws IOException {
      setSortByPosition(true);
    }

    @Override
    protected void writeString(String s, List<TextPosition> positions) throws IOException {
      super.writeString(s, positions);
      // One box per word: a run's box would span the gap where an inline part of the line (a
      // bold reference, a link) is drawn separately.
      List<TextPosition> word = new ArrayList<>();
      TextPosition previous = null;
      for (TextPosition p : positions) {
        boolean gap =
            previous != null
                && p.getXDirAdj() - (previous.getXDirAdj() + previous.getWidthDirAdj()) > 1;
        if (p.getUnicode().isBlank() || gap) {
          word(word);
          word = new ArrayList<>();
        }
        if (!p.getUnicode().isBlank()) {
          word.add(p);
        }
        previous = p;
      }
      word(word);
    }

    private void word(List<TextPosition> glyphs) {
      if (glyphs.isEmpty()) {
        return;
      }
      double left = Double.MAX_VALUE;
      double right = -Double.MAX_VALUE;
      double top = Double.MAX_VALUE;
      double bottom = -Double.MAX_VALUE;
      StringBuilder text = new StringBuilder();
      for (TextPosition p : glyphs) {
        left = Math.min(left, p.getXDirAdj());
        right = Math.max(right, p.getXDirAdj() + p.getWidthDirAdj());
        top = Math.min(top, p.getYDirAdj() - p.getHeightDir());
        bottom = Math.max(bottom, p.getYDirAdj());
        text.append(p.getUnicode());
      }
      runs.add(
          new Run(
              getCurrentPageNo(),
              text.toString(),
              new Rectangle2D.Double(left, top, right - left, bottom - top)));
    }
  }

  private final class Shapes extends PDFGraphicsStreamEngine {
    private final int page;
    private final float height;
    private Rectangle2D path;

    Shapes(PDPage p, int page, float height) {
      super(p);
      this.page = page;
      this.height = height;
    }

    private void add(Point2D p) {
      Rectangle2D r = new Rectangle2D.Double(p.getX(), height - p.getY(), 0, 0);
      if (path == null) {
        path = r;
      } else {
        path.add(r.getX(), r.getY());
      }
    }

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
      add(p0);
      add(p1);
      add(p2);
      add(p3);
    }

    @Override
    public void moveTo(float x, float y) {
      add(getGraphicsState().getCurrentTransformationMatrix().transformPoint(x, y));
    }

    @Override
    public void lineTo(float x, float y) {
      add(getGraphicsState().getCurrentTransformationMatrix().transformPoint(x, y));
    }

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
      add(getGraphicsState().getCurrentTransformationMatrix().transformPoint(x3, y3));
    }

    private void paint(boolean stroke) {
      if (path != null) {
        Rectangle2D box = path;
        if (stroke) {
          double w = Math.max(getGraphicsState().getLineWidth(), 0.1) / 2;
          box =
              new Rectangle2D.Double(
                  box.getX() - w, box.getY() - w, box.getWidth() + 2 * w, box.getHeight() + 2 * w);
        }
        drawn.add(new Drawn(page, box));
      }
      path = null;
    }

    @Override
    public void strokePath() {
      paint(true);
    }

    @Override
    public void fillPath(int windingRule) {
      paint(false);
    }

    @Override
    public void fillAndStrokePath(int windingRule) {
      paint(true);
    }

    @Override
    public void closePath() {}

    @Override
    public void endPath() {
      path = null;
    }

    @Override
    public void clip(int windingRule) {}

    @Override
    public void drawImage(PDImage pdImage) {}

    @Override
    public Point2D getCurrentPoint() {
      return new Point2D.Float(0, 0);
    }

    @Override
    public void shadingFill(COSName shadingName) {}
  }
}
