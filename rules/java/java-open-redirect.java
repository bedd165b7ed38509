package com.example.web;

import java.io.IOException;
import java.net.URI;
import java.util.Set;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

@Controller
public class LoginController {
    private static final String HOME = "/home";
    private static final Set<String> LOCAL_TARGETS = Set.of("/home", "/orders", "/profile");
    private final String ssoUrl = System.getProperty("sso.url");

    protected void afterLogin(HttpServletRequest request, HttpServletResponse response) throws IOException {
        // ruleid: java-open-redirect
        response.sendRedirect(request.getParameter("next"));
    }

    protected void viaVariable(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String returnUrl = request.getParameter("returnUrl");
        if (returnUrl != null) {
            String target = returnUrl.trim();
            // ruleid: java-open-redirect
            response.sendRedirect(target);
        }
    }

    private String continueTo(HttpServletRequest request) {
        String next = request.getHeader("X-Continue");
        return next == null ? "/" : next;
    }

    protected void header(HttpServletRequest request, HttpServletResponse response) {
        response.setStatus(302);
        // ruleid: java-open-redirect
        response.setHeader("Location", continueTo(request));
    }

    @GetMapping("/continue")
    public String springRedirect(@RequestParam String url) {
        // ruleid: java-open-redirect
        return "redirect:" + url;
    }

    @GetMapping("/go")
    public ModelAndView modelAndView(@RequestParam String url) {
        String target = String.format("%s?from=login", url);
        // ruleid: java-open-redirect
        return new ModelAndView(new RedirectView(target));
    }

    @GetMapping("/out")
    public ResponseEntity<Void> entity(@RequestHeader("Referer") String target) {
        // ruleid: java-open-redirect
        return ResponseEntity.status(HttpStatus.FOUND).location(URI.create(target)).build();
    }

    protected void home(HttpServletResponse response) throws IOException {
        // ok: java-open-redirect
        response.sendRedirect(HOME);
    }

    protected void login(HttpServletRequest request, HttpServletResponse response) throws IOException {
        // ok: java-open-redirect
        response.sendRedirect(request.getContextPath() + "/login?expired");
    }

    @GetMapping("/orders/{id}/view")
    public String order(@PathVariable String id) {
        // ok: java-open-redirect
        return "redirect:/orders/" + id;
    }

    @GetMapping("/orders/{id}/edit")
    public String edit(@PathVariable String id) {
        String path = "/orders/" + id + "/edit";
        // ok: java-open-redirect
        return "redirect:" + path;
    }

    protected void partner(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getParameter("path");
        // ok: java-open-redirect
        response.sendRedirect("https://partner.example.com/" + path);
    }

    protected void sso(HttpServletResponse response, String state) throws IOException {
        // ok: java-open-redirect (configuration and a plain parameter: no request data)
        response.sendRedirect(ssoUrl + "?state=" + state);
    }

    protected void checked(HttpServletRequest request, HttpServletResponse response) throws IOException {
        // ok: java-open-redirect
        response.sendRedirect(safeRedirect(request.getParameter("next")));
    }

    private static String safeRedirect(String target) {
        return LOCAL_TARGETS.contains(target) ? target : HOME;
    }

    protected void contentType(HttpServletRequest request, HttpServletResponse response) {
        // ok: java-open-redirect
        response.setHeader("Content-Type", request.getParameter("type"));
    }
}
