package com.example.storage;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

public class UploadStore {
    private final File root;

    public UploadStore(File root) {
        this.root = root;
    }

    public byte[] read(String name) throws IOException {
        File file = new File(root, name);
        // ruleid: java-partial-path-traversal
        if (!file.getCanonicalPath().startsWith(root.getCanonicalPath())) {
            throw new SecurityException("outside upload directory");
        }
        return Files.readAllBytes(file.toPath());
    }

    public boolean isInside(File dir, File candidate) throws IOException {
        String base = dir.getCanonicalPath();
        String target = candidate.getCanonicalPath();
        // ruleid: java-partial-path-traversal
        return target.startsWith(base);
    }

    public void delete(String name) throws IOException {
        File file = new File(root, name);
        String canonical = file.getCanonicalPath();
        // ruleid: java-partial-path-traversal
        if (canonical.startsWith(this.root.getCanonicalPath())) {
            Files.deleteIfExists(file.toPath());
        }
    }

    // Safe look-alikes.

    public byte[] readChecked(String name) throws IOException {
        File file = new File(root, name);
        // ok: java-partial-path-traversal
        if (!file.getCanonicalPath().startsWith(root.getCanonicalPath() + File.separator)) {
            throw new SecurityException("outside upload directory");
        }
        return Files.readAllBytes(file.toPath());
    }

    public boolean isInsideWithSeparator(File dir, File candidate) throws IOException {
        String base = dir.getCanonicalPath() + File.separator;
        // ok: java-partial-path-traversal
        return candidate.getCanonicalPath().startsWith(base);
    }

    public boolean isInsideNio(String name) throws IOException {
        Path base = root.toPath().toRealPath();
        Path target = base.resolve(name).normalize();
        // ok: java-partial-path-traversal
        return target.startsWith(base);
    }

    public boolean isInsideNioFromCanonical(File candidate) throws IOException {
        Path base = Paths.get(root.getCanonicalPath());
        // ok: java-partial-path-traversal
        return candidate.toPath().normalize().startsWith(base);
    }

    public boolean isHidden(File file) throws IOException {
        // ok: java-partial-path-traversal
        return file.getName().startsWith(".");
    }
}
