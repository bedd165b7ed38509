package com.example.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Archives a directory with tar and uploads it with the AWS CLI; run from cron. */
public final class BackupTool {
    private static final String TAR = "/usr/bin/tar";

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: backup <directory> <bucket>");
            System.exit(2);
        }
        Path source = Paths.get(args[0]).toRealPath();
        String bucket = args[1];
        if (!bucket.matches("[a-z0-9.-]{3,63}")) {
            throw new IllegalArgumentException("bad bucket name");
        }
        Path archive = Files.createTempFile("backup-" + LocalDate.now(), ".tar.gz");
        run(new ProcessBuilder(List.of(TAR, "-czf", archive.toString(), "-C", source.getParent().toString(),
            "--", source.getFileName().toString())));
        run(new ProcessBuilder("aws", "s3", "cp", archive.toString(), "s3://" + bucket + "/"));
        Files.deleteIfExists(archive);
    }

    private static void run(ProcessBuilder builder) throws IOException, InterruptedException {
        Process process = builder.inheritIO().start();
        if (!process.waitFor(30, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IOException("timed out: " + builder.command().get(0));
        }
        if (process.exitValue() != 0) {
            throw new IOException(builder.command().get(0) + " exited with " + process.exitValue());
        }
    }

    static String diskUsage() throws IOException {
        Process process = Runtime.getRuntime().exec(new String[] {"df", "-h", "/"});
        return new String(process.getInputStream().readAllBytes());
    }
}
