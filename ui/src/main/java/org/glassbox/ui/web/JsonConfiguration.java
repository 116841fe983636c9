package org.glassbox.ui.web;

import org.glassbox.api.evidence.Sha256;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.std.ToStringSerializer;

/**
 * How API values read as JSON. The api module carries no Jackson annotations, so web-only choices
 * live here: a SHA-256 digest is its 64 hex characters, as everyone who verifies one expects.
 */
@Configuration(proxyBeanMethods = false)
class JsonConfiguration {

    @Bean
    JacksonModule glassboxValues() {
        return new SimpleModule("glassbox-values").addSerializer(Sha256.class, ToStringSerializer.instance);
    }
}
