package org.openras.benchmarks.empty;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** No beans of its own: what starting Spring Boot with a web server and actuator costs. */
@SpringBootApplication
public class EmptyApplication {
  public static void main(String[] args) {
    SpringApplication.run(EmptyApplication.class, args);
  }
}
