package org.glassbox.ui.disclosure;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.glassbox.command.disclosure.NoticeRenderer;
import org.glassbox.command.disclosure.PdfNoticeRenderer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The notice PDF as the exchange presents itself: its name, its logo (a PNG file, optional), how to reach it. */
@Configuration(proxyBeanMethods = false)
class DisclosureConfiguration {

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
