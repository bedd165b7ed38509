package com.example.archive;

import java.io.BufferedOutputStream;
import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.Collections;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.io.FilenameUtils;
import org.apache.commons.io.IOUtils;

public class Extractor {

    public void unzip(InputStream in, File destDir) throws IOException {
        try (ZipInputStream zis = new ZipInputStream(in)) {
            ZipEntry entry;
            while ((entry = zis.getNextEntry()) != null) {
                // ruleid: java-zip-slip
                File out = new File(destDir, entry.getName());
                if (entry.isDirectory()) {
                    out.mkdirs();
                    continue;
                }
                out.getParentFile().mkdirs();
                // ok: java-zip-slip (reported where the path is built)
                try (OutputStream os = new FileOutputStream(out)) {
                    zis.transferTo(os);
                }
            }
        }
    }

    public void unzipFile(String archive, String dest) throws IOException {
        try (ZipFile zip = new ZipFile(archive)) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry ze = entries.nextElement();
                String name = ze.getName();
                // ruleid: java-zip-slip
                Path target = Paths.get(dest, name);
                Files.createDirectories(target.getParent());
                Files.copy(zip.getInputStream(ze), target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    public void unzipResolve(ZipFile zip, Path dest) throws IOException {
        for (ZipEntry zipEntry : Collections.list(zip.entries())) {
            // ruleid: java-zip-slip
            Path target = dest.resolve(zipEntry.getName());
            try (InputStream is = zip.getInputStream(zipEntry);
                    OutputStream os = Files.newOutputStream(target)) {
                IOUtils.copy(is, os);
            }
        }
    }

    public void untar(InputStream in, String dest) throws IOException {
        try (TarArchiveInputStream tar = new TarArchiveInputStream(in)) {
            TarArchiveEntry tarEntry;
            while ((tarEntry = tar.getNextTarEntry()) != null) {
                // ruleid: java-zip-slip
                try (OutputStream os = new BufferedOutputStream(new FileOutputStream(dest + File.separator + tarEntry.getName()))) {
                    IOUtils.copy(tar, os);
                }
            }
        }
    }

    // Safe look-alikes.

    public void unzipChecked(InputStream in, File destDir) throws IOException {
        String base = destDir.getCanonicalPath() + File.separator;
        try (ZipInputStream zis = new ZipInputStream(in)) {
            ZipEntry entry;
            while ((entry = zis.getNextEntry()) != null) {
                // ok: java-zip-slip
                File out = new File(destDir, entry.getName());
                if (!out.getCanonicalPath().startsWith(base)) {
                    throw new IOException("Entry is outside of the target dir: " + entry.getName());
                }
                try (OutputStream os = new FileOutputStream(out)) {
                    zis.transferTo(os);
                }
            }
        }
    }

    public void unzipNormalized(ZipFile zip, Path dest) throws IOException {
        Path root = dest.toAbsolutePath().normalize();
        for (ZipEntry entry : Collections.list(zip.entries())) {
            // ok: java-zip-slip
            Path target = root.resolve(entry.getName()).normalize();
            if (!target.startsWith(root)) {
                throw new IOException("Bad zip entry: " + entry.getName());
            }
            Files.copy(zip.getInputStream(entry), target);
        }
    }

    public void unzipFlat(ZipFile zip, File dest) throws IOException {
        for (ZipEntry entry : Collections.list(zip.entries())) {
            // ok: java-zip-slip
            File out = new File(dest, FilenameUtils.getName(entry.getName()));
            Files.copy(zip.getInputStream(entry), out.toPath());
        }
    }

    public void unzipBaseName(ZipFile zip, Path dest) throws IOException {
        for (ZipEntry entry : Collections.list(zip.entries())) {
            // ok: java-zip-slip
            Path out = dest.resolve(Paths.get(entry.getName()).getFileName());
            Files.copy(zip.getInputStream(entry), out);
        }
    }

    public long listSizes(ZipFile zip, Path report) throws IOException {
        long total = 0;
        for (ZipEntry entry : Collections.list(zip.entries())) {
            // ok: java-zip-slip
            System.out.println(entry.getName() + " " + entry.getSize());
            total += entry.getSize();
        }
        // ok: java-zip-slip
        Files.writeString(Paths.get(report.toString(), "sizes.txt"), Long.toString(total));
        return total;
    }

    public File previewPath(ZipEntry entry, File cacheDir) {
        // ok: java-zip-slip (nothing is extracted here)
        return new File(cacheDir, entry.getName() + ".preview");
    }
}
