import asyncio
import os
import subprocess
import sys
from os import system
from subprocess import run

from flask import Flask, request

app = Flask(__name__)


def archive(path):
    # ruleid: python-shell-injection
    subprocess.run(["tar", "czf", "/tmp/backup.tgz", str(path)], shell=False, check=True)


def ping(host):
    # ruleid: python-shell-injection
    return subprocess.check_output(["ping", "-c", "1", host], shell=False)


def convert(src, dst):
    # ruleid: python-shell-injection
    run(["convert", str(src), str(dst)], shell=False)


def cleanup(name):
    # ruleid: python-shell-injection
    os.system("rm -rf /var/cache/app/" + name)


def disk_usage(directory):
    # ruleid: python-shell-injection
    return os.popen(f"du -sh {directory}").read()


def who(user):
    # ruleid: python-shell-injection
    return subprocess.getoutput("finger %s" % user)


def move(src, dst):
    # ruleid: python-shell-injection
    system("mv " + src + " " + dst)


async def compress(path):
    # ruleid: python-shell-injection
    proc = await asyncio.create_subprocess_shell(f"gzip -k {path}")
    return await proc.wait()


def fetch(host, path):
    # ruleid: python-shell-injection
    return subprocess.check_output(
        ["curl", "-sL", "https://" + str(host) + "/" + str(path)],
        shell=False,
    )


# ---- values from a request or the command line (reported with the path from there) ----


@app.route("/ping")
def ping_view():
    host = request.args["host"]
    # ruleid: python-shell-injection
    return subprocess.check_output(["ping", "-c", "1", str(host)], shell=False)


def scan():
    target = sys.argv[1]
    # ruleid: python-shell-injection
    os.system("nmap -sV " + target)


def safe_archive(path):
    # ok: python-shell-injection
    subprocess.run(["tar", "czf", "/tmp/backup.tgz", path], check=True)


def safe_constant():
    # ok: python-shell-injection
    subprocess.run("ls -la /tmp | wc -l", shell=True)
    # ok: python-shell-injection
    os.system("clear")


def os_name():
    import platform

    # ok: python-shell-injection
    return platform.system()


def safe_no_shell(host):
    # ok: python-shell-injection
    subprocess.run(f"ping -c 1 {host}".split(" "), shell=False)
