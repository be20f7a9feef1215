package vn.edu.shcm.rules.spring;

import java.util.List;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Auto-configures a servlet web application: the exchange format's message converter, ahead of the JSON library's
 * (so {@code @RequestBody Plan} and a returned {@code CheckResult} are the exchange format's, byte for byte, on
 * Jackson 2 or 3 alike), and the {@link ShcmProblemHandler} for input errors.
 *
 * <p>The converter is put in front of Spring MVC's list by a {@link WebMvcConfigurer}, which both Boot lines
 * apply: Boot 3.5 also adds converter beans to its list, Boot 4 no longer does for the server side.
 */
@AutoConfiguration(after = ShcmRulesAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(name = "org.springframework.web.servlet.config.annotation.WebMvcConfigurer")
public class ShcmRulesWebMvcAutoConfiguration {

    /** Returns the exchange format's message converter. */
    @Bean
    @ConditionalOnMissingBean
    public ExchangeFormatHttpMessageConverter shcmHttpMessageConverter() {
        return new ExchangeFormatHttpMessageConverter();
    }

    /** Puts the converter first in Spring MVC's list. */
    @Bean
    @ConditionalOnMissingBean(name = "shcmWebMvcConfigurer")
    public WebMvcConfigurer shcmWebMvcConfigurer(ExchangeFormatHttpMessageConverter converter) {
        return new WebMvcConfigurer() {
            @Override
            public void extendMessageConverters(List<HttpMessageConverter<?>> converters) {
                converters.remove(converter);
                converters.add(0, converter);
            }
        };
    }

    /** Returns the handler that answers input errors as problem details. */
    @Bean
    @ConditionalOnMissingBean
    public ShcmProblemHandler shcmProblemHandler() {
        return new ShcmProblemHandler();
    }
}
