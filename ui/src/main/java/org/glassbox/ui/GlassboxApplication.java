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
