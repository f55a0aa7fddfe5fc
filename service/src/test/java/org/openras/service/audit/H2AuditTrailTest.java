package org.openras.service.audit;

import org.springframework.boot.test.context.SpringBootTest;

/**
 * The audit trail on the embedded H2 database (the default). H2 has no triggers guarding the table,
 * so the attacker simply changes the row; the chain shows it all the same.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class H2AuditTrailTest extends AuditTrailContract {

  @Override
  protected void asAttacker(String sql) {
    jdbc.update(sql);
  }
}
