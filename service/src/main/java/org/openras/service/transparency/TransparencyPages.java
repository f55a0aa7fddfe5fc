package org.openras.service.transparency;

import java.util.Map;
import org.openras.service.ruleset.RuleSetNotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;

/** A published version's transparency record as a page, linked from the version's page. */
@Controller
class TransparencyPages {
  private final TransparencyRecords records;

  TransparencyPages(TransparencyRecords records) {
    this.records = records;
  }

  @GetMapping("/web/policy/{area}/{version}/transparency")
  String transparency(@PathVariable String area, @PathVariable String version, Model model) {
    TransparencyRecords.TransparencyView t = records.of(area.replace('~', '/'), version);
    model.addAttribute("area", t.record().tool().area());
    model.addAttribute("pathName", t.record().tool().area().replace('/', '~'));
    model.addAttribute("version", t.record().tool().version());
    model.addAttribute("t", t);
    return "web/policy-transparency";
  }

  @ExceptionHandler({NotPublishedException.class, RuleSetNotFoundException.class})
  ModelAndView notFound(RuntimeException e) {
    return new ModelAndView(
        "web/policy-not-found", Map.of("problem", e.getMessage()), HttpStatus.NOT_FOUND);
  }
}
