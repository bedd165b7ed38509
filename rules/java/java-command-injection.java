package com.example.tools;

import java.io.File;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import android.view.KeyEvent;
import javax.servlet.http.HttpServletRequest;
import org.apache.commons.exec.CommandLine;

public class Launcher {
    private static final String CONVERT = "/usr/bin/convert";

    public Process open(String command) throws IOException {
        // ruleid: java-command-injection
        return Runtime.getRuntime().exec(command);
    }

    public Process kill(long pid) throws IOException {
        // ruleid: java-command-injection
        return Runtime.getRuntime().exec("kill -9 " + pid);
    }

    public Process compile(String objectFile, String overlay) throws IOException {
        // ruleid: java-command-injection
        return Runtime.getRuntime().exec(String.format("ld -o %s %s", objectFile, overlay), null, new File("/tmp"));
    }

    public Process viaLocal(String tool, String file) throws IOException {
        Runtime rt = Runtime.getRuntime();
        // ruleid: java-command-injection
        return rt.exec(new String[] {tool, "--input", file});
    }

    public Process multiLine(String[] argv) throws IOException {
        // ruleid: java-command-injection
        Process p = Runtime.getRuntime().exec(
            argv);
        return p;
    }

    public Process builder(List<String> command) throws IOException {
        // ruleid: java-command-injection
        return new ProcessBuilder(command).start();
    }

    public Process builderArgs(String program, String arg) throws IOException {
        // ruleid: java-command-injection
        return new ProcessBuilder(Arrays.asList(program, arg)).inheritIO().start();
    }

    public Process builderSplit(String line) throws IOException {
        ProcessBuilder pb = new ProcessBuilder();
        // ruleid: java-command-injection
        pb.command(line.split(" "));
        return pb.start();
    }

    public CommandLine commons(String line) {
        // ruleid: java-command-injection
        return CommandLine.parse(line);
    }

    // Tainted (reported at high confidence, with the path from the request):
    public Process convert(HttpServletRequest request) throws IOException {
        String tool = request.getParameter("tool");
        String line = tool + " --quiet";
        // ruleid: java-command-injection
        return Runtime.getRuntime().exec(line);
    }

    private String requestedProgram(HttpServletRequest request) {
        return request.getHeader("X-Program");
    }

    public Process viaHelper(HttpServletRequest request) throws IOException {
        // ruleid: java-command-injection
        return new ProcessBuilder(requestedProgram(request), "--version").start();
    }

    public static void main(String[] args) throws IOException {
        // ruleid: java-command-injection
        Runtime.getRuntime().exec(String.format("%s --batch", args[0]));
    }

    public Process numeric(HttpServletRequest request) throws IOException {
        int pid = Integer.parseInt(request.getParameter("pid"));
        // ruleid: java-command-injection (a number: reported at the rule's confidence, not tainted)
        return Runtime.getRuntime().exec("kill -9 " + pid);
    }

    public Process fixedProgramRequest(HttpServletRequest request) throws IOException {
        // ok: java-command-injection
        return new ProcessBuilder("git", "log", "--", request.getParameter("file")).start();
    }

    public Process constant() throws IOException {
        // ok: java-command-injection
        return Runtime.getRuntime().exec("pm list packages");
    }

    public Process constantArray() throws IOException {
        // ok: java-command-injection
        return Runtime.getRuntime().exec(new String[] {"ipconfig", "/all"}, null);
    }

    public Process fixedProgram(String input, String output) throws IOException {
        // ok: java-command-injection
        return new ProcessBuilder(CONVERT, input, output).start();
    }

    public Process fixedProgramList(String file) throws IOException {
        // ok: java-command-injection
        return new ProcessBuilder(Arrays.asList("git", "log", "--", file)).start();
    }

    public Process fixedProgramLiteral(String file) throws IOException {
        // ok: java-command-injection
        return new ProcessBuilder("git", "status", "--porcelain", file).start();
    }

    public Process keyEvent() throws IOException {
        // ok: java-command-injection
        return Runtime.getRuntime().exec("input keyevent " + KeyEvent.KEYCODE_BACK);
    }

    public Process root(boolean isRoot) throws IOException {
        // ok: java-command-injection
        return Runtime.getRuntime().exec(isRoot ? "su" : "sh");
    }

    public Process shell(String script) throws IOException {
        // ok: java-command-injection
        return Runtime.getRuntime().exec("cmd /c start " + script);
    }

    public Object regex(java.util.regex.Pattern pattern, String input) {
        // ok: java-command-injection
        return pattern.matcher(input).results();
    }

    public void scriptEngine(javax.script.ScriptEngine engine, String s) throws Exception {
        // ok: java-command-injection
        engine.eval(s);
    }
}
