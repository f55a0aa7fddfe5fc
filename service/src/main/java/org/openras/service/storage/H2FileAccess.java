package org.openras.service.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Guards the embedded H2 database file (issue 18, defect 12). H2's {@code AUTO_SERVER} (which lets
 * {@code verify-audit} read the file while the service runs) starts a TCP server; here it listens
 * on 127.0.0.1 only ({@code h2.bindAddress}), the database's password is generated on first use and
 * kept in {@code <name>.password} beside it (mode 0600: read by the service and by {@code
 * verify-audit}, which use the same {@code openras.data.dir}), the folder is mode 0700 and the
 * database's files 0600. A database made before this, with the empty password, gets the generated
 * one once. Nothing is done when a password is configured or the database is not an H2 file.
 */
public final class H2FileAccess implements EnvironmentPostProcessor, Ordered {
  static final String BIND_ADDRESS = "h2.bindAddress";
  private static final String PREFIX = "jdbc:h2:file:";
  private static final String PASSWORD = "spring.datasource.password";

  /** Before H2 is first loaded (its bind address is read once): the loopback address only. */
  public static void loopbackOnly() {
    if (System.getProperty(BIND_ADDRESS) == null) {
      System.setProperty(BIND_ADDRESS, "127.0.0.1");
    }
  }

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment env, SpringApplication application) {
    String url = env.getProperty("spring.datasource.url", "");
    if (!url.startsWith(PREFIX)) {
      return;
    }
    loopbackOnly();
    Path database = Path.of(url.substring(PREFIX.length()).split(";", 2)[0]).toAbsolutePath();
    Path folder = database.getParent();
    String name = database.getFileName().toString();
    try {
      ownerOnly(folder, name);
      if (env.getProperty(PASSWORD, "").isEmpty()) {
        String password = password(folder.resolve(name + ".password"), url, env, database);
        env.getPropertySources()
            .addFirst(new MapPropertySource("openras-h2-password", Map.of(PASSWORD, password)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot prepare the audit database folder " + folder, e);
    }
    application.addListeners(
        (ApplicationListener<ApplicationReadyEvent>) ready -> tighten(folder, name));
  }

  @Override
  public int getOrder() {
    return Ordered.LOWEST_PRECEDENCE;
  }

  /** The folder 0700 (created so, or narrowed), the database's files 0600. */
  static void ownerOnly(Path folder, String name) throws IOException {
    if (!posix()) {
      Files.createDirectories(folder);
      return;
    }
    if (!Files.isDirectory(folder)) {
      Files.createDirectories(
          folder,
          PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
    }
    Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
    Path file = folder.resolve(name + ".mv.db");
    if (!Files.exists(file)) {
      // An empty file is a new database to H2; made here, it is never readable by others.
      Files.createFile(
          file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    }
    tighten(folder, name);
  }

  /** Every file of the database (data, lock, trace, password) readable by its owner only. */
  static void tighten(Path folder, String name) {
    if (!posix()) {
      return;
    }
    try (Stream<Path> files = Files.list(folder)) {
      for (Path f : files.filter(f -> f.getFileName().toString().startsWith(name + ".")).toList()) {
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-------"));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot restrict the audit database's files in " + folder, e);
    }
  }

  private static String password(Path file, String url, ConfigurableEnvironment env, Path database)
      throws IOException {
    if (Files.exists(file)) {
      return Files.readString(file, StandardCharsets.UTF_8).strip();
    }
    byte[] random = new byte[32];
    new SecureRandom().nextBytes(random);
    String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    boolean existing = Files.size(database.resolveSibling(database.getFileName() + ".mv.db")) > 0;
    if (existing) {
      setPassword(url, env.getProperty("spring.datasource.username", "sa"), password);
    }
    if (posix()) {
      Files.createFile(
          file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    } else {
      Files.createFile(file);
    }
    Files.writeString(file, password + "\n", StandardCharsets.UTF_8);
    return password;
  }

  /** A database made with the old empty password gets the generated one. */
  private static void setPassword(String url, String user, String password) {
    try (Connection c = DriverManager.getConnection(url, user, "");
        Statement s = c.createStatement()) {
      s.execute("ALTER USER \"" + user.toUpperCase() + "\" SET PASSWORD '" + password + "'");
    } catch (SQLException e) {
      throw new IllegalStateException(
          "The audit database has no password file beside it and does not open with the empty"
              + " password; give its password as spring.datasource.password",
          e);
    }
  }

  private static boolean posix() {
    return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
  }
}
