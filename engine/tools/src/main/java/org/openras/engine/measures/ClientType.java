package org.openras.engine.measures;

/** Whom a line of the register is about: a person who uses services, or a carer. */
public enum ClientType {
  SERVICE_USER("person who uses services", "people who use services"),
  CARER("carer", "carers");

  private final String one;
  private final String many;

  ClientType(String one, String many) {
    this.one = one;
    this.many = many;
  }

  public String one() {
    return one;
  }

  public String many() {
    return many;
  }
}
