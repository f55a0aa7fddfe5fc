#!/usr/bin/awk -f
# Summarises `jfr print --events jdk.ExecutionSample` output: where the service's CPU samples fall,
# (1) by what the sample was doing anywhere in its stack (a sample counts once per category, so the
# shares can add up to more than 100 %), and (2) by the method at the top of the stack.
function classify(frame) {
  if (frame ~ /^org\.openras\.service\.audit\.AuditHash|MessageDigest|sun\.security\.provider\.SHA/) cat["audit hash (SHA-256)"] = 1
  if (frame ~ /^org\.postgresql|^com\.zaxxer\.hikari|^org\.springframework\.jdbc/) cat["database (JDBC, PostgreSQL driver, pool)"] = 1
  if (frame ~ /^org\.drools|^org\.kie/) cat["rules engine (Drools)"] = 1
  if (frame ~ /^org\.openras\.engine/) cat["engine (org.openras.engine, incl. Drools below it)"] = 1
  if (frame ~ /^tools\.jackson|^com\.fasterxml/) cat["JSON (Jackson)"] = 1
  if (frame ~ /^org\.springframework\.security|BCrypt/) cat["security (Spring Security, BCrypt)"] = 1
  if (frame ~ /BCrypt/) cat["BCrypt password check"] = 1
  if (frame ~ /^org\.apache\.(catalina|coyote|tomcat)/) cat["HTTP server (Tomcat)"] = 1
  if (frame ~ /^io\.micrometer/) cat["metrics (Micrometer)"] = 1
  if (frame ~ /^ch\.qos\.logback|^org\.slf4j/) cat["logging"] = 1
}
/jdk\.ExecutionSample/ { inside = 1; top = ""; delete cat; next }
inside && /stackTrace = \[/ { stack = 1; next }
stack && /^[ \t]*\]/ {
  stack = 0; inside = 0; total++
  tops[top]++
  for (c in cat) cats[c]++
  next
}
stack {
  frame = $0; sub(/^[ \t]+/, "", frame); sub(/[ \t]+line:.*/, "", frame)
  if (frame == "...") next
  if (top == "") top = frame
  classify(frame)
}
END {
  printf "CPU samples of the service (JFR, profile settings): %d\n\n", total
  print "By what the sample was doing (anywhere in the stack)"
  for (c in cats) printf "  %6d %5.1f%%  %s\n", cats[c], 100 * cats[c] / total, c | "sort -rn"
  close("sort -rn")
  print "\nBy method at the top of the stack (30 hottest)"
  for (t in tops) printf "  %6d %5.1f%%  %s\n", tops[t], 100 * tops[t] / total, t | "sort -rn | head -30"
  close("sort -rn | head -30")
}
