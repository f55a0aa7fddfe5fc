package org.openras.service.audit;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * Where checkpoints go and how they are signed (docs/adr/0009-verifiable-audit-log.md):
 *
 * <ul>
 *   <li>{@code openras.audit.checkpoint.dir}: the folder of checkpoint files, one per checkpoint,
 *       named by tree size (default {@code <openras.data.dir>/checkpoints}); copy it to the
 *       witness.
 *   <li>{@code openras.audit.checkpoint.interval}: how often a checkpoint is taken when records
 *       were added (default one minute; 0 turns the periodic checkpoint off, e.g. on all instances
 *       but one).
 *   <li>{@code openras.audit.checkpoint.origin}: the log's name, first line of every checkpoint and
 *       the signing key's name (default {@code openras.local/audit}; give the council's).
 *   <li>{@code openras.audit.checkpoint.private-key}, {@code .public-key}: the Ed25519 key pair as
 *       PEM files (PKCS#8 and X.509), kept outside the database. Without the {@code prod} profile a
 *       missing pair is generated (the private key readable by its owner only); under {@code prod}
 *       both must be configured and exist, or the service does not start.
 * </ul>
 */
@Component
public class CheckpointSettings {
  private final Path dir;
  private final Duration interval;
  private final String origin;
  private final Path privateKey;
  private final Path publicKey;
  private final boolean prod;

  @Autowired
  CheckpointSettings(
      @Value("${openras.audit.checkpoint.dir:${openras.data.dir:./data}/checkpoints}") Path dir,
      @Value("${openras.audit.checkpoint.interval:PT1M}") Duration interval,
      @Value("${openras.audit.checkpoint.origin:openras.local/audit}") String origin,
      @Value(
              "${openras.audit.checkpoint.private-key:${openras.data.dir:./data}/checkpoint-key.pem}")
          Path privateKey,
      @Value(
              "${openras.audit.checkpoint.public-key:${openras.data.dir:./data}/checkpoint-key.pub.pem}")
          Path publicKey,
      Environment environment) {
    this(
        dir,
        interval,
        origin,
        privateKey,
        publicKey,
        environment.acceptsProfiles(Profiles.of("prod")));
  }

  public CheckpointSettings(
      Path dir, Duration interval, String origin, Path privateKey, Path publicKey, boolean prod) {
    if (origin.isBlank() || origin.contains(" ") || origin.contains("+") || origin.contains("\n")) {
      throw new IllegalArgumentException(
          "openras.audit.checkpoint.origin must be a name without spaces or '+': " + origin);
    }
    this.dir = dir;
    this.interval = interval;
    this.origin = origin;
    this.privateKey = privateKey;
    this.publicKey = publicKey;
    this.prod = prod;
  }

  public Path dir() {
    return dir;
  }

  public Duration interval() {
    return interval;
  }

  public String origin() {
    return origin;
  }

  public Path privateKey() {
    return privateKey;
  }

  public Path publicKey() {
    return publicKey;
  }

  /** Under the prod profile the key is never generated. */
  public boolean prod() {
    return prod;
  }
}
