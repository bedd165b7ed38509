package com.example.web;

import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServletResponse;
import org.springframework.http.ResponseCookie;

public class AuthCookies {

    public void login(HttpServletResponse response, String sessionId) {
        // ruleid: java-cookie-missing-httponly
        Cookie cookie = new Cookie("SESSION", sessionId);
        cookie.setSecure(true);
        response.addCookie(cookie);
    }

    public void remember(HttpServletResponse response, String token) {
        // ruleid: java-cookie-missing-httponly
        response.addCookie(new Cookie("remember-me", token));
    }

    public void explicit(HttpServletResponse response, String token) {
        Cookie cookie = new Cookie("jwt", token);
        cookie.setSecure(true);
        // ruleid: java-cookie-missing-httponly
        cookie.setHttpOnly(true);
        response.addCookie(cookie);
    }

    public ResponseCookie spring(String token) {
        // ruleid: java-cookie-missing-httponly
        return ResponseCookie.from("jwt", token).secure(true).path("/").build();
    }

    public void header(HttpServletResponse response, String id) {
        // ruleid: java-cookie-missing-httponly
        response.setHeader("Set-Cookie", "SESSION=" + id + "; Path=/; Secure");
    }

    public void protectedCookie(HttpServletResponse response, String sessionId) {
        // ok: java-cookie-missing-httponly
        Cookie cookie = new Cookie("SESSION", sessionId);
        cookie.setSecure(true);
        cookie.setHttpOnly(true);
        response.addCookie(cookie);
    }

    public void logout(HttpServletResponse response) {
        // ok: java-cookie-missing-httponly
        Cookie cookie = new Cookie("SESSION", null);
        cookie.setMaxAge(0);
        response.addCookie(cookie);
    }

    public ResponseCookie springHttpOnly(String token) {
        // ok: java-cookie-missing-httponly
        return ResponseCookie.from("jwt", token).httpOnly(true).secure(true).build();
    }

    public void headerHttpOnly(HttpServletResponse response, String id) {
        // ok: java-cookie-missing-httponly
        response.setHeader("Set-Cookie", "SESSION=" + id + "; Path=/; Secure; HttpOnly");
    }
}
