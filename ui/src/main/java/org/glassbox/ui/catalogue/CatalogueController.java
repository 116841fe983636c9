package org.glassbox.ui.catalogue;

import java.util.List;

import org.glassbox.templates.catalogue.CaseTypeCatalogue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The behaviours a case can allege, what each means and the evidence each needs. */
@RestController
class CatalogueController {
    private final CaseTypeCatalogue catalogue;

    CatalogueController(CaseTypeCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @GetMapping("/api/v1/catalogue/behaviours")
    List<CaseTypeCatalogue.BehaviourType> behaviours() {
        return catalogue.all();
    }
}
