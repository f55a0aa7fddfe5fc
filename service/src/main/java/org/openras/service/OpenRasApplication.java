package org.openras.service;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Starts the OpenRAS HTTP service: the engine, compiled once, behind a thin JSON API. */
@SpringBootApplication
public class OpenRasApplication {

  public static void main(String[] args) {
    SpringApplication.run(OpenRasApplication.class, args);
  }
}
