package com.example.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;

@Configuration
public class SecurityConfig {

    @Bean
    public SecurityFilterChain legacy(HttpSecurity http) throws Exception {
        http.authorizeRequests().anyRequest().authenticated().and().httpBasic().and()
                // ruleid: java-spring-csrf-disabled
                .csrf().disable();
        return http.build();
    }

    @Bean
    public SecurityFilterChain lambda(HttpSecurity http) throws Exception {
        http
            .authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
            // ruleid: java-spring-csrf-disabled
            .csrf(csrf -> csrf.disable())
            .formLogin(form -> form.loginPage("/login"));
        return http.build();
    }

    @Bean
    public SecurityFilterChain methodReference(HttpSecurity http) throws Exception {
        // ruleid: java-spring-csrf-disabled
        return http.csrf(AbstractHttpConfigurer::disable)
            .authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
            .build();
    }

    @Bean
    public SecurityFilterChain block(HttpSecurity http) throws Exception {
        // ruleid: java-spring-csrf-disabled
        http.csrf(c -> {
            c.disable();
        });
        return http.build();
    }

    @Bean
    public SecurityFilterChain spa(HttpSecurity http) throws Exception {
        http
            // ok: java-spring-csrf-disabled
            .csrf(csrf -> csrf.csrfTokenRepository(CookieCsrfTokenRepository.withHttpOnlyFalse()))
            .authorizeHttpRequests(auth -> auth.anyRequest().authenticated());
        return http.build();
    }

    @Bean
    public SecurityFilterChain webhooks(HttpSecurity http) throws Exception {
        http
            // ok: java-spring-csrf-disabled
            .csrf(csrf -> csrf.ignoringRequestMatchers("/webhooks/**"))
            // ok: java-spring-csrf-disabled
            .headers(headers -> headers.frameOptions(frame -> frame.disable()));
        return http.build();
    }
}
