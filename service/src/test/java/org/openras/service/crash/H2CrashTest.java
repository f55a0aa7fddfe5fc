package org.openras.service.crash;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The crash drill on the default store, exactly as shipped: the service's own configuration (not
 * the tests' in-memory database, so only {@code classpath:/} is read), an H2 file under {@code
 * openras.data.dir}, here a temporary folder.
 */
class H2CrashTest {
  @TempDir Path data;

  @Test
  void aKilledServiceRestartsWithEveryAnsweredCalculationInAnIntactChain() throws Exception {
    CrashDrill.run(
        data, List.of("--spring.config.location=classpath:/", "--openras.data.dir=" + data));
  }
}
