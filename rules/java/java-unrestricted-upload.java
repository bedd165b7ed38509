import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Set;
import java.util.UUID;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

public class UploadController {
  private static final Path ROOT = Paths.get("/srv/uploads");

  @PostMapping("/avatar")
  public String avatar(@RequestParam("file") MultipartFile file) throws IOException {
    String name = file.getOriginalFilename();
    File target = new File(ROOT.toFile(), name);
    // ruleid: java-unrestricted-upload
    file.transferTo(target);
    return "ok";
  }

  @PostMapping("/doc")
  public String doc(@RequestParam("file") MultipartFile file) throws IOException {
    // ruleid: java-unrestricted-upload
    Files.copy(file.getInputStream(), ROOT.resolve(file.getOriginalFilename()));
    return "ok";
  }

  public void part(javax.servlet.http.Part part) throws IOException {
    // ruleid: java-unrestricted-upload
    part.write("/srv/uploads/" + part.getSubmittedFileName());
  }

  @PostMapping("/image")
  public String image(@RequestParam("file") MultipartFile file) throws IOException {
    String name = file.getOriginalFilename();
    if (!Set.of("image/png", "image/jpeg").contains(file.getContentType())) {
      return "bad type";
    }
    // ok: java-unrestricted-upload
    file.transferTo(new File(ROOT.toFile(), name));
    return "ok";
  }

  @PostMapping("/report")
  public String report(@RequestParam("file") MultipartFile file) throws IOException {
    // ok: java-unrestricted-upload
    file.transferTo(ROOT.resolve(UUID.randomUUID() + ".pdf"));
    return "ok";
  }

  public void save(byte[] data, String name) throws IOException {
    // ok: java-unrestricted-upload
    Files.write(ROOT.resolve(name), data);
  }
}
