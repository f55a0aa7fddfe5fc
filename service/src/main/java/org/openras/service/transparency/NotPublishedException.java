package org.openras.service.transparency;

/** A transparency record asked of a version not in the publication log (404). */
class NotPublishedException extends RuntimeException {
  final String area;
  final String version;

  NotPublishedException(String area, String version) {
    super(
        area
            + "/"
            + version
            + " is a draft: a transparency record is made for a version once it is published");
    this.area = area;
    this.version = version;
  }
}
