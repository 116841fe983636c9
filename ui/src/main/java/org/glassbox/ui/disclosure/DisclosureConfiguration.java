package org.glassbox.ui.disclosure;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.glassbox.command.disclosure.NoticeRenderer;
import org.glassbox.command.disclosure.PdfNoticeRenderer;
import org.glassbox.templates.notices.NoticeTemplates;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Public notices: the templates their text starts from, and the PDF as the exchange presents itself
 * (its name, its logo as a PNG file, optional, and how to reach it).
 */
@Configuration(proxyBeanMethods = false)
class DisclosureConfiguration {

    /** Notice templates, validated at start: a stray placeholder stops the application, naming file and placeholder. */
    @Bean
    NoticeTemplates noticeTemplates(@Value("${glassbox.templates.dir:}") String directory) {
        return directory.isBlank() ? NoticeTemplates.bundled() : NoticeTemplates.fromDirectory(Path.of(directory));
    }

    @Bean
    NoticeRenderer noticeRenderer(@Value("${glassbox.notices.exchange-name:Example Exchange}") String exchangeName,
            @Value("${glassbox.notices.logo:}") String logo,
            @Value("${glassbox.notices.contact:To contest this notice or ask about it, write to the exchange's "
                    + "enforcement team within 30 days, quoting the notice's reference.}") String contact)
            throws IOException {
        byte[] png = logo.isBlank() ? null : Files.readAllBytes(Path.of(logo));
        return new PdfNoticeRenderer(new PdfNoticeRenderer.Style(exchangeName, png, contact));
    }
}
