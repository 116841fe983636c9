package org.glassbox.ui;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.theme.lumo.Lumo;

/** Glassbox: one runnable application holding the command side, the query side, the UI and the API. */
@SpringBootApplication(scanBasePackages = "org.glassbox")
@EnableScheduling
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("glassbox.css")
public class GlassboxApplication implements AppShellConfigurator {
    /**
     * The tab icon of the staff application and the public site, inline so that no browser asks for a
     * /favicon.ico there is none of (the security policies allow data: images).
     */
    public static final String ICON = "data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 16 16'%3E"
            + "%3Crect width='16' height='16' rx='3' fill='%23175fc7'/%3E%3Cpath d='M5 5h6v6H5z' fill='none' stroke='white'"
            + " stroke-width='1.6'/%3E%3C/svg%3E";

    @Override
    public void configurePage(com.vaadin.flow.server.AppShellSettings settings) {
        settings.addLink("icon", ICON);
    }

    static {
        // Enforcement data stays in-house: Axon's update checker would report to AxonIQ's servers.
        if (System.getProperty("axoniq.update-checker.disabled") == null) {
            System.setProperty("axoniq.update-checker.disabled", "true");
        }
    }

    public static void main(String[] args) {
        // "verify <export> <public key>": the offline check of an audit export, without starting anything.
        if (args.length > 0 && args[0].equals("verify")) {
            System.exit(org.glassbox.command.audit.ExportVerifier.run(args));
        }
        // "generate-market-data <dir> [--seed N] [--trades N] ...": a market with planted misconduct and its ground truth.
        if (args.length > 0 && args[0].equals("generate-market-data")) {
            try {
                org.glassbox.analysis.generator.MarketDataGenerator.main(java.util.Arrays.copyOfRange(args, 1, args.length));
            } catch (java.io.IOException | RuntimeException e) {
                System.err.println("generate-market-data: " + e.getMessage());
                System.exit(2);
            }
            return;
        }
        SpringApplication.run(GlassboxApplication.class, args);
    }
}
