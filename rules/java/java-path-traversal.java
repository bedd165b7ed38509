package com.example.files;

import java.io.File;
import java.io.FileInputStream;
import java.io.FileReader;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.ws.rs.GET;
import javax.ws.rs.QueryParam;
import org.apache.commons.io.FilenameUtils;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

public class DownloadServlet extends HttpServlet {
    private static final Path BASE = Paths.get("/srv/files");
    private final String reportDir = System.getProperty("reports.dir", "/srv/reports");

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        // ruleid: java-path-traversal
        File file = new File("/srv/files/" + request.getParameter("name"));
        // ok: java-path-traversal
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

    protected void multiStep(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String user = req.getParameter("user");
        String dir = "/srv/home/" + user;
        String target = String.format("%s/%s.txt", dir, "notes");
        // ruleid: java-path-traversal
        File notes = new File(target);
        // ok: java-path-traversal (reported where the path is built, not again where it is opened)
        try (FileReader reader = new FileReader(notes)) {
            reader.transferTo(resp.getWriter());
        }
    }

    private String requestedName(HttpServletRequest req) {
        return req.getHeader("X-File").trim();
    }

    protected byte[] viaHelper(HttpServletRequest req) throws IOException {
        // ruleid: java-path-traversal
        return Files.readAllBytes(Paths.get("/srv/templates", requestedName(req)));
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

    public void fromSocket(Socket socket) throws IOException {
        String requested = new String(socket.getInputStream().readNBytes(256)).trim();
        // ruleid: java-path-traversal
        Files.delete(BASE.resolve(requested));
    }

    public void unzip(InputStream archive, File destination) throws IOException {
        try (java.util.zip.ZipInputStream zip = new java.util.zip.ZipInputStream(archive)) {
            java.util.zip.ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                // ruleid: java-path-traversal
                File out = new File(destination, entry.getName());
                Files.copy(zip, out.toPath());
            }
        }
    }

    public void unzipChecked(InputStream archive, File destination) throws IOException {
        try (java.util.zip.ZipInputStream zip = new java.util.zip.ZipInputStream(archive)) {
            for (java.util.zip.ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                // ok: java-path-traversal
                File out = new File(destination, entry.getName());
                if (!out.getCanonicalPath().startsWith(destination.getCanonicalPath() + File.separator)) {
                    throw new IOException("entry outside the destination: " + entry.getName());
                }
                Files.copy(zip, out.toPath());
            }
        }
    }

    @GetMapping("/safe/{name}")
    public Resource safeDownload(@PathVariable String name) {
        // ok: java-path-traversal
        Path target = BASE.resolve(name).normalize();
        if (!target.startsWith(BASE)) {
            throw new IllegalArgumentException("bad name");
        }
        // ok: java-path-traversal
        return new FileSystemResource(target.toFile());
    }

    @GetMapping("/normalized/{name}")
    public byte[] normalizedOnly(@PathVariable String name) throws IOException {
        // ruleid: java-path-traversal
        Path target = BASE.resolve(name).normalize();
        return Files.readAllBytes(target);
    }

    protected void canonicalCheck(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        File root = new File("/srv/files");
        // ok: java-path-traversal
        File file = new File(root, req.getParameter("file"));
        if (!file.getCanonicalPath().startsWith(root.getCanonicalPath() + File.separator)) {
            resp.sendError(400);
            return;
        }
        // ok: java-path-traversal
        try (InputStream in = new FileInputStream(file)) {
            in.transferTo(resp.getOutputStream());
        }
    }

    @GetMapping("/confined/{name}")
    public Resource confined(@PathVariable String name) {
        // ok: java-path-traversal
        return new FileSystemResource(safeResolve(BASE, name).toFile());
    }

    private static Path safeResolve(Path base, String name) {
        // ok: java-path-traversal (a plain parameter: no request data in this method)
        Path resolved = base.resolve(name).toAbsolutePath();
        if (!resolved.startsWith(base.toAbsolutePath())) {
            throw new IllegalArgumentException("outside " + base);
        }
        return resolved;
    }

    protected void onlyFileName(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        // ok: java-path-traversal
        String name = Paths.get(req.getParameter("file")).getFileName().toString();
        // ok: java-path-traversal
        Files.copy(BASE.resolve(name), resp.getOutputStream());
    }

    protected String uploadedName(HttpServletRequest req) throws Exception {
        // ok: java-path-traversal
        String name = new File(req.getPart("upload").getSubmittedFileName()).getName();
        // ok: java-path-traversal
        return new File("/srv/uploads", name).getPath();
    }

    protected void commonsName(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String name = FilenameUtils.getName(req.getParameter("file"));
        // ok: java-path-traversal
        Files.copy(BASE.resolve("cache-" + name), resp.getOutputStream());
    }

    @GetMapping("/report")
    public byte[] report(@RequestParam("id") String id) throws IOException {
        int number = Integer.parseInt(id);
        // ok: java-path-traversal
        return Files.readAllBytes(BASE.resolve("report-" + number + ".pdf"));
    }

    protected File config(String environment) {
        // ok: java-path-traversal
        return new File("/etc/app", environment + ".properties");
    }

    protected File monthly(int year, int month) {
        String name = String.format("%04d-%02d.csv", year, month);
        // ok: java-path-traversal
        return new File(reportDir, name);
    }
}
