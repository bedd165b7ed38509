import asyncio
import os
import subprocess
import argparse
import sys
from os import system

from flask import Flask, request

app = Flask(__name__)
CLEAR_SCREEN = "clear"


@app.route("/lookup")
def lookup():
    cmd = "nslookup " + request.args["host"]
    # ruleid: python-shell-command-variable
    out = subprocess.check_output(cmd, shell=True)
    return out


def run_hook(config):
    # ruleid: python-shell-command-variable
    return os.system(config.post_install)


def run_step(step):
    # ruleid: python-shell-command-variable
    status = subprocess.call(step["command"], shell=True)
    return status


def stream(command):
    # ruleid: python-shell-command-variable
    with os.popen(command, "r") as pipe:
        return pipe.read()


def main():
    # ruleid: python-shell-command-variable
    proc = subprocess.Popen(sys.argv[1],
                            shell=True,
                            stdout=subprocess.PIPE)
    return proc.communicate()


def legacy(cmd):
    # ruleid: python-shell-command-variable
    system(cmd)


async def background(line):
    # ruleid: python-shell-command-variable
    return await asyncio.create_subprocess_shell(line)


def clone():
    parser = argparse.ArgumentParser()
    parser.add_argument("repo")
    args = parser.parse_args()
    command = f"git clone --depth 1 {args.repo}"
    # ruleid: python-shell-command-variable
    return os.system(command)


def serve(sock):
    line = sock.recv(1024).decode()
    # ruleid: python-shell-command-variable
    subprocess.run(line, shell=True)


# ---- safe look-alikes ----


def clear():
    # ok: python-shell-command-variable
    os.system(CLEAR_SCREEN)


def list_dir(path):
    argv = ["ls", "-la", path]
    # ok: python-shell-command-variable
    return subprocess.run(argv, check=True, capture_output=True)


def no_shell(cmd):
    # ok: python-shell-command-variable
    return subprocess.check_output(cmd, shell=False)


def quoted(user_file):
    # ok: python-shell-command-variable
    return subprocess.run(["wc", "-l", user_file], shell=False)


def unrelated(runner, job):
    # ok: python-shell-command-variable
    return runner.run(job, shell=True)
