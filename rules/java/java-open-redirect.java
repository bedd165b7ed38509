package com.example.web;

import java.io.IOException;
import java.net.URI;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

@Controller
public class LoginController {
    private static final String HOME = "/home";

    protected void afterLogin(HttpServletRequest request, HttpServletResponse response) throws IOException {
        // ruleid: java-open-redirect
        response.sendRedirect(request.getParameter("next"));
    }

    protected void viaVariable(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String returnUrl = request.getParameter("returnUrl");
        if (returnUrl != null) {
            // ruleid: java-open-redirect
            response.sendRedirect(returnUrl);
        }
    }

    protected void header(HttpServletResponse response, String target) {
        response.setStatus(302);
        // ruleid: java-open-redirect
        response.setHeader("Location", target);
    }

    @GetMapping("/continue")
    public String springRedirect(@RequestParam String url) {
        // ruleid: java-open-redirect
        return "redirect:" + url;
    }

    @GetMapping("/go")
    public ModelAndView modelAndView(@RequestParam String url) {
        // ruleid: java-open-redirect
        return new ModelAndView(new RedirectView(url));
    }

    @GetMapping("/out")
    public ResponseEntity<Void> entity(@RequestParam String target) {
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
    public String order(@PathVariable long id) {
        // ok: java-open-redirect
        return "redirect:/orders/" + id;
    }

    protected void partner(HttpServletResponse response, String path) throws IOException {
        // ok: java-open-redirect
        response.sendRedirect("https://partner.example.com/" + path);
    }

    protected void contentType(HttpServletResponse response, String type) {
        // ok: java-open-redirect
        response.setHeader("Content-Type", type);
    }
}
