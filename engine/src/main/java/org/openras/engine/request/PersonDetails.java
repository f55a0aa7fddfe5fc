package org.openras.engine.request;

import java.time.LocalDate;

/** The person being assessed, without a name: date of birth and primary support reason. */
public record PersonDetails(LocalDate dateOfBirth, PrimarySupportReason primarySupportReason) {}
