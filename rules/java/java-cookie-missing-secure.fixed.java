package com.example.web;

import java.time.Duration;
import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.http.ResponseEntity;

public class SessionCookies {

    public void login(HttpServletResponse response, String sessionId) {
        // ruleid: java-cookie-missing-secure
        Cookie cookie = new Cookie("SESSION", sessionId);
        cookie.setHttpOnly(true);
        cookie.setPath("/");
        response.addCookie(cookie);
    }

    public void remember(HttpServletResponse response, String token) {
        // ruleid: java-cookie-missing-secure
        response.addCookie(new Cookie("remember-me", token));
    }

    public void explicit(HttpServletResponse response, String token) {
        Cookie cookie = new Cookie("token", token);
        // ruleid: java-cookie-missing-secure
        cookie.setSecure(true);
        response.addCookie(cookie);
    }

    public ResponseEntity<Void> spring(String token) {
        // ruleid: java-cookie-missing-secure
        ResponseCookie cookie = ResponseCookie.from("token", token)
            .httpOnly(true)
            .path("/")
            .maxAge(Duration.ofHours(1))
            .build();
        return ResponseEntity.ok().header(HttpHeaders.SET_COOKIE, cookie.toString()).build();
    }

    public void header(HttpServletResponse response, String id) {
        // ruleid: java-cookie-missing-secure
        response.addHeader("Set-Cookie", "SESSION=" + id + "; Path=/; HttpOnly");
    }

    public void secure(HttpServletResponse response, String sessionId) {
        // ok: java-cookie-missing-secure
        Cookie cookie = new Cookie("SESSION", sessionId);
        cookie.setSecure(true);
        cookie.setHttpOnly(true);
        response.addCookie(cookie);
    }

    public void followsRequest(javax.servlet.http.HttpServletRequest request, HttpServletResponse response, String v) {
        // ok: java-cookie-missing-secure
        Cookie cookie = new Cookie("pref", v);
        cookie.setSecure(request.isSecure());
        response.addCookie(cookie);
    }

    public void logout(HttpServletResponse response) {
        // ok: java-cookie-missing-secure
        Cookie cookie = new Cookie("SESSION", "");
        cookie.setMaxAge(0);
        response.addCookie(cookie);
    }

    public ResponseCookie springSecure(String token) {
        // ok: java-cookie-missing-secure
        return ResponseCookie.from("token", token).httpOnly(true).secure(true).sameSite("Strict").build();
    }

    public void headerSecure(HttpServletResponse response, String id) {
        // ok: java-cookie-missing-secure
        response.addHeader("Set-Cookie", "SESSION=" + id + "; Path=/; Secure; HttpOnly");
    }
}
