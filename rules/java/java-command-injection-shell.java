package com.example.tools;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.Socket;
import java.util.Arrays;
import java.util.List;

public class ShellRunner {

    public Process listDir(String dir) throws IOException {
        Runtime rt = Runtime.getRuntime();
        // ruleid: java-command-injection-shell
        return rt.exec(new String[] {"sh", "-c", "ls " + dir});
    }

    public Process script(String command) throws IOException {
        // ruleid: java-command-injection-shell
        String[] cmd = {"/bin/bash", "-c", command};
        return Runtime.getRuntime().exec(cmd);
    }

    public Process builder(String host) throws IOException {
        // ruleid: java-command-injection-shell
        ProcessBuilder pb = new ProcessBuilder("bash", "-c", "ping -c 1 " + host);
        return pb.start();
    }

    public Process windows(String file) throws IOException {
        // ruleid: java-command-injection-shell
        List<String> cmd = Arrays.asList("cmd.exe", "/c", "type " + file);
        return new ProcessBuilder(cmd).start();
    }

    public Process command(String query) throws IOException {
        ProcessBuilder pb = new ProcessBuilder();
        // ruleid: java-command-injection-shell
        pb.command("powershell", "-Command", "Get-Process " + query);
        return pb.start();
    }

    public void browse(java.net.URL url) throws IOException {
        // ruleid: java-command-injection-shell
        Runtime.getRuntime().exec("cmd /C start " + url.toString());
    }

    public Process multiLine(String archive) throws IOException {
        return new ProcessBuilder(
            // ruleid: java-command-injection-shell
            List.of("sh", "-c",
                "tar -xzf " + archive + " -C /srv/data"))
            .start();
    }

    // Tainted (reported at high confidence, with the path from the source):
    public Process remote(Socket socket) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream()));
        String host = in.readLine();
        String script = String.format("ping -c 1 %s", host);
        // ruleid: java-command-injection-shell
        return new ProcessBuilder("sh", "-c", script).start();
    }

    private String requestedFile(javax.servlet.http.HttpServletRequest request) {
        return request.getParameter("file");
    }

    public Process viaHelper(javax.servlet.http.HttpServletRequest request) throws IOException {
        // ruleid: java-command-injection-shell
        return Runtime.getRuntime().exec("cmd /c type " + requestedFile(request));
    }

    public Process positionalRequest(javax.servlet.http.HttpServletRequest request) throws IOException {
        // ok: java-command-injection-shell
        return new ProcessBuilder("sh", "-c", "wc -l \"$1\"", "sh", request.getParameter("file")).start();
    }

    public Process constantScript() throws IOException {
        // ok: java-command-injection-shell
        return new ProcessBuilder("sh", "-c", "ls -l /var/log | wc -l").start();
    }

    public Process positional(String file) throws IOException {
        // ok: java-command-injection-shell
        return new ProcessBuilder("sh", "-c", "wc -l \"$1\"", "sh", file).start();
    }

    public Process direct(String file) throws IOException {
        // ok: java-command-injection-shell
        return new ProcessBuilder("wc", "-l", file).start();
    }

    public String[] options(String value) {
        // ok: java-command-injection-shell
        return new String[] {"--shell", "-c", value};
    }

    public Process constantLine() throws IOException {
        // ok: java-command-injection-shell
        return Runtime.getRuntime().exec("cmd /c dir " + "C:\\temp");
    }
}
