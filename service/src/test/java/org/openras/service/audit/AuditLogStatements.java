package org.openras.service.audit;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.List;
import javax.sql.DataSource;

/**
 * A data source that notes the SQL of every statement prepared on it, to see what a write sends.
 */
final class AuditLogStatements {
  private AuditLogStatements() {}

  /** {@code db}, noting into {@code sent} the SQL of each statement prepared or created. */
  static DataSource recording(DataSource db, List<String> sent) {
    return proxy(
        DataSource.class,
        db,
        (method, args, result) ->
            result instanceof Connection c ? proxy(Connection.class, c, noting(sent)) : result);
  }

  /** Whether the statement reads the chain's head (its last record). */
  static boolean readsTheHead(String sql) {
    return sql.startsWith("SELECT sequence, record_hash FROM audit_record");
  }

  private static Wrap noting(List<String> sent) {
    return (method, args, result) -> {
      if (method.getName().startsWith("prepare") && args != null && args[0] instanceof String s) {
        synchronized (sent) {
          sent.add(s);
        }
      }
      return result;
    };
  }

  private interface Wrap {
    Object after(java.lang.reflect.Method method, Object[] args, Object result);
  }

  private static <T> T proxy(Class<T> type, T target, Wrap wrap) {
    return type.cast(
        Proxy.newProxyInstance(
            type.getClassLoader(),
            new Class<?>[] {type},
            (self, method, args) -> {
              try {
                return wrap.after(method, args, method.invoke(target, args));
              } catch (InvocationTargetException e) {
                throw e.getCause();
              }
            }));
  }
}
