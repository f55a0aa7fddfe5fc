package org.openras.engine.scenario;

/** Escaping for text placed in HTML and SVG, and the opening of an accessible SVG chart. */
public final class Html {
  private Html() {}

  public static String escape(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * Opens an SVG chart whose title is announced by screen readers (role img, aria-labelledby), its
   * text in the GOV.UK typeface (Arial where it is not installed) at 16 pixels.
   */
  public static StringBuilder svg(String title, int width, int height) {
    String id = "c" + Integer.toHexString(title.hashCode());
    return new StringBuilder()
        .append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"")
        .append(width)
        .append("\" height=\"")
        .append(height)
        .append("\" viewBox=\"0 0 ")
        .append(width)
        .append(' ')
        .append(height)
        .append("\" font-family=\"&quot;GDS Transport&quot;, arial, sans-serif\" font-size=\"16\"")
        .append(" fill=\"#0b0c0c\" aria-labelledby=\"")
        .append(id)
        .append("\"><title id=\"")
        .append(id)
        .append("\">")
        .append(escape(title))
        .append("</title>");
  }
}
