package org.openras.service.calculation;

import java.net.URI;
import java.util.regex.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code openras.council.*}: how the person reaches the council that sends the statement, to ask a
 * question, ask for a review or complain. Read at start-up and checked then: a service that would
 * print a statement without a way to reach the council does not start.
 *
 * @param name the council's name as the person knows it
 * @param phone a UK telephone number, digits and spaces (a leading + allowed)
 * @param email an email address
 * @param address the postal address, lines separated by commas
 * @param complaintsUrl the council's complaints procedure page, http or https
 */
@ConfigurationProperties("openras.council")
public record CouncilContact(
    String name, String phone, String email, String address, String complaintsUrl) {
  private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ]{6,18}[0-9]");
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

  public CouncilContact {
    name = required("name", name);
    phone = required("phone", phone);
    email = required("email", email);
    address = required("address", address);
    complaintsUrl = required("complaints-url", complaintsUrl);
    if (!PHONE.matcher(phone).matches()) {
      throw invalid("phone", "a telephone number of digits and spaces, such as 0300 123 4567");
    }
    if (!EMAIL.matcher(email).matches()) {
      throw invalid("email", "an email address, such as adult.care@example.gov.uk");
    }
    URI uri;
    try {
      uri = URI.create(complaintsUrl);
    } catch (IllegalArgumentException e) {
      throw invalid("complaints-url", "an address starting https://");
    }
    if (!("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))
        || uri.getHost() == null) {
      throw invalid("complaints-url", "an address starting https://");
    }
  }

  /** The address's lines. */
  public String[] addressLines() {
    return address.split("\\s*,\\s*");
  }

  private static String required(String property, String value) {
    if (value == null || value.isBlank()) {
      throw invalid(
          property, "a value (the person's statement tells them how to reach the council)");
    }
    return value.strip();
  }

  private static IllegalArgumentException invalid(String property, String what) {
    return new IllegalArgumentException("openras.council." + property + " must be " + what);
  }
}
