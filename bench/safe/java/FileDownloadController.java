package com.example.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseCookie;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
public class FileDownloadController {
    private static final Logger log = LoggerFactory.getLogger(FileDownloadController.class);
    private static final Path STORAGE = Paths.get("/srv/app/storage").toAbsolutePath().normalize();

    @GetMapping("/files/{name}")
    public ResponseEntity<Resource> download(@PathVariable String name) {
        Path target = STORAGE.resolve(name).normalize();
        if (!target.startsWith(STORAGE) || !Files.isRegularFile(target)) {
            return ResponseEntity.notFound().build();
        }
        return ResponseEntity.ok()
            .header(HttpHeaders.CONTENT_DISPOSITION, "attachment")
            .body(new FileSystemResource(target));
    }

    @PostMapping("/files")
    public Map<String, String> upload(@RequestParam("file") MultipartFile file) throws IOException {
        String storedName = UUID.randomUUID() + ".bin";
        Path destination = STORAGE.resolve(storedName);
        try (InputStream in = file.getInputStream()) {
            Files.copy(in, destination, StandardCopyOption.REPLACE_EXISTING);
        }
        return Map.of("id", storedName);
    }

    @PostMapping("/login")
    public ResponseEntity<Void> login(@RequestParam String user, HttpServletResponse response) {
        String sessionId = UUID.randomUUID().toString();
        Cookie session = new Cookie("SESSION", sessionId);
        session.setSecure(true);
        session.setHttpOnly(true);
        session.setPath("/");
        response.addCookie(session);

        ResponseCookie theme = ResponseCookie.from("theme", "dark")
            .secure(true)
            .httpOnly(true)
            .sameSite("Lax")
            .maxAge(Duration.ofDays(30))
            .build();
        return ResponseEntity.status(HttpStatus.SEE_OTHER)
            .header(HttpHeaders.SET_COOKIE, theme.toString())
            .header(HttpHeaders.LOCATION, "/home")
            .build();
    }

    @GetMapping("/logout")
    public void logout(HttpServletResponse response) throws IOException {
        Cookie session = new Cookie("SESSION", "");
        session.setMaxAge(0);
        response.addCookie(session);
        response.sendRedirect("/login?loggedOut");
    }

    @ExceptionHandler(Exception.class)
    public ResponseEntity<Map<String, String>> failure(Exception e) {
        String reference = UUID.randomUUID().toString();
        log.error("request failed, reference {}", reference, e);
        return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR)
            .body(Map.of("error", "internal error", "reference", reference));
    }
}
