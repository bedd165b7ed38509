package com.example.files;

import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.ws.rs.GET;
import javax.ws.rs.QueryParam;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

public class DownloadServlet extends HttpServlet {
    private static final Path BASE = Paths.get("/srv/files");

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        // ruleid: java-path-traversal
        File file = new File("/srv/files/" + request.getParameter("name"));
        Files.copy(file.toPath(), response.getOutputStream());
    }

    protected void viaVariable(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String name = req.getParameter("file");
        if (name != null) {
            // ruleid: java-path-traversal
            try (InputStream in = new FileInputStream(new File("/srv/files", name))) {
                in.transferTo(resp.getOutputStream());
            }
        }
    }

    protected byte[] header(HttpServletRequest req) throws IOException {
        // ruleid: java-path-traversal
        return Files.readAllBytes(Paths.get("/srv/templates", req.getHeader("X-Template")));
    }

    @GetMapping("/files/{name}")
    public Resource download(@PathVariable String name) {
        // ruleid: java-path-traversal
        return new FileSystemResource(BASE.resolve(name).toFile());
    }

    @GetMapping("/logs")
    public byte[] logs(@RequestParam("day") String day) throws IOException {
        // ruleid: java-path-traversal
        return Files.readAllBytes(Path.of("/var/log/app", day + ".log"));
    }

    @PostMapping("/upload")
    public void upload(MultipartFile upload) throws IOException {
        // ruleid: java-path-traversal
        upload.transferTo(new File("/srv/uploads/" + upload.getOriginalFilename()));
    }

    @GET
    public byte[] jaxrs(@QueryParam("path") String path) throws IOException {
        // ruleid: java-path-traversal
        return Files.readAllBytes(Paths.get(path));
    }

    @GetMapping("/safe/{name}")
    public Resource safeDownload(@PathVariable String name) {
        Path target = BASE.resolve(name).normalize();
        if (!target.startsWith(BASE)) {
            throw new IllegalArgumentException("bad name");
        }
        // ok: java-path-traversal
        return new FileSystemResource(target.toFile());
    }

    protected void onlyFileName(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String name = Paths.get(req.getParameter("file")).getFileName().toString();
        // ok: java-path-traversal
        Files.copy(BASE.resolve(name), resp.getOutputStream());
    }

    @GetMapping("/report")
    public byte[] report(@RequestParam("id") long id) throws IOException {
        // ok: java-path-traversal
        return Files.readAllBytes(BASE.resolve("report-" + 42 + ".pdf"));
    }

    protected File config(String environment) {
        // ok: java-path-traversal
        return new File("/etc/app", environment + ".properties");
    }
}
