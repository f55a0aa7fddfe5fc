package org.openras.service.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openras.service.security.Role;

/** The header's sections per role and the breadcrumbs per address, from {@link Navigation}. */
class NavigationTest {
  @Test
  void eachRoleSeesItsOwnSectionsWithThePagesOwnMarked() {
    var assessor = Navigation.sections(Set.of(Role.ASSESSOR), "/web/assessments/new");
    assertThat(assessor)
        .extracting(Navigation.Link::title)
        .containsExactly("Your assessments", "New assessment");
    // The longest section the address is within is the active one, and the page itself current.
    assertThat(assessor.get(0).active()).isFalse();
    assertThat(assessor.get(1).active()).isTrue();
    assertThat(assessor.get(1).current()).isTrue();
    var result = Navigation.sections(Set.of(Role.ASSESSOR), "/web/assessments/" + "a".repeat(36));
    assertThat(result.get(0).active()).isTrue();
    assertThat(result.get(0).current()).isFalse();

    var everything = Navigation.sections(EnumSet.allOf(Role.class), "/web");
    assertThat(everything).hasSize(Navigation.SECTIONS.size());
    assertThat(everything).noneMatch(Navigation.Link::active);
    assertThat(Navigation.sections(Set.of(Role.POLICY), "/web/policy/ras/2025-04-01"))
        .extracting(Navigation.Link::title)
        .containsExactly("Rule-set versions", "Measures");
    assertThat(Navigation.sections(Set.of(Role.PANEL), "/web/panel"))
        .extracting(Navigation.Link::title)
        .containsExactly("Proposals to decide");
  }

  @Test
  void breadcrumbsLeadFromHomeThroughEveryPageAbove() {
    assertThat(Navigation.breadcrumbs("/web")).isEmpty();
    assertThat(Navigation.breadcrumbs("/web/sign-in"))
        .extracting(Navigation.Link::href)
        .containsExactly("/web");
    String id = "0f8fad5b-d9cb-469f-a165-70867728950e";
    assertThat(Navigation.breadcrumbs("/web/assessments/" + id + "/statement"))
        .extracting(Navigation.Link::title, Navigation.Link::href)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Home", "/web"),
            org.assertj.core.groups.Tuple.tuple("Your assessments", "/web/assessments"),
            org.assertj.core.groups.Tuple.tuple("Assessment result", "/web/assessments/" + id));
    // Drafts are not results: "drafts" is no calculation id.
    assertThat(Navigation.breadcrumbs("/web/assessments/drafts/" + id))
        .extracting(Navigation.Link::title)
        .containsExactly("Home", "Your assessments");
    assertThat(Navigation.breadcrumbs("/web/policy/councils~north-shire/2024-04-08/cases"))
        .extracting(Navigation.Link::title, Navigation.Link::href)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Home", "/web"),
            org.assertj.core.groups.Tuple.tuple("Rule-set versions", "/web/policy"),
            org.assertj.core.groups.Tuple.tuple(
                "Version 2024-04-08 of councils/north-shire",
                "/web/policy/councils~north-shire/2024-04-08"));
    assertThat(Navigation.breadcrumbs("/web/policy/diff"))
        .extracting(Navigation.Link::title)
        .containsExactly("Home", "Rule-set versions");
    assertThat(Navigation.breadcrumbs("/web/finance/scenarios/" + id + "/report"))
        .extracting(Navigation.Link::href)
        .containsExactly("/web", "/web/finance/jobs", "/web/finance/scenarios/" + id);
    assertThat(Navigation.breadcrumbs("/web/panel/" + id))
        .extracting(Navigation.Link::href)
        .containsExactly("/web", "/web/panel");
    assertThat(Navigation.breadcrumbs("/web/audit/agreed-budgets/" + id))
        .extracting(Navigation.Link::href)
        .containsExactly("/web", "/web/audit", "/web/audit/agreed-budgets");
    assertThat(Navigation.breadcrumbs("/web/audit/records"))
        .extracting(Navigation.Link::href)
        .containsExactly("/web", "/web/audit");
  }
}
