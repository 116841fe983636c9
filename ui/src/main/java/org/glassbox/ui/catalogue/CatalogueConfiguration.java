package org.glassbox.ui.catalogue;

import java.nio.file.Path;

import org.glassbox.templates.catalogue.CaseTypeCatalogue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The case type catalogue, loaded and validated at start: from {@code glassbox.templates.dir} if set
 * (a copy compliance edits), else the one bundled in the evidence-templates module. An invalid
 * catalogue stops the application with every problem listed.
 */
@Configuration(proxyBeanMethods = false)
class CatalogueConfiguration {
    private static final Logger log = LoggerFactory.getLogger(CatalogueConfiguration.class);

    @Bean
    CaseTypeCatalogue caseTypeCatalogue(@Value("${glassbox.templates.dir:}") String directory) {
        if (directory.isBlank()) {
            return CaseTypeCatalogue.bundled();
        }
        log.info("Loading the case type catalogue from {}", directory);
        return CaseTypeCatalogue.fromDirectory(Path.of(directory));
    }
}
