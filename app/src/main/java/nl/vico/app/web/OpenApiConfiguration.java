package nl.vico.app.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The API's description at {@code /v3/api-docs} (and browsable at {@code /swagger-ui.html}). */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {
    @Bean
    OpenAPI vicoOpenApi() {
        return new OpenAPI()
                .info(new Info().title("vico API").version("1")
                        .description("""
                                The stakeholder networks of social tenders (maatschappelijk aanbesteden), per workspace: \
                                actors, ties, consortia and their members, dataset upload, and the analysis (the same \
                                JSON as `vico analyze --format json`). Scripts authenticate with an API token \
                                (`Authorization: Bearer vico_…`, made with POST /api/me/tokens); the page uses its \
                                session and sends the XSRF-TOKEN cookie back as X-XSRF-TOKEN. Errors are RFC 9457 \
                                problem documents."""))
                .components(new Components()
                        .addSecuritySchemes("token", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                                .description("an API token made with POST /api/me/tokens"))
                        .addSecuritySchemes("session", new SecurityScheme().type(SecurityScheme.Type.APIKEY)
                                .in(SecurityScheme.In.COOKIE).name("JSESSIONID")))
                .addSecurityItem(new SecurityRequirement().addList("token"))
                .addSecurityItem(new SecurityRequirement().addList("session"));
    }
}
