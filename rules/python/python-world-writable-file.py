import os
import stat
from pathlib import Path

UPLOAD_DIR = "/srv/app/uploads"


def make_shared(path):
    # ruleid: python-world-writable-file
    os.chmod(path, 0o777)


def save_report(path, data):
    with open(path, "w") as fh:
        fh.write(data)
    # ruleid: python-world-writable-file
    os.chmod(path, 0o666)


def open_log(path):
    # ruleid: python-world-writable-file
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o777)
    return os.fdopen(fd, "a")


def publish(path):
    # ruleid: python-world-writable-file
    os.chmod(path, stat.S_IRWXU | stat.S_IRWXG | stat.S_IRWXO)


def drop_zone():
    target = Path(UPLOAD_DIR) / "incoming"
    target.mkdir(parents=True, exist_ok=True)
    # ruleid: python-world-writable-file
    target.chmod(0o777)


def legacy(path):
    # ruleid: python-world-writable-file
    os.chmod(path, 511)


def writable_by_all(path):
    mode = os.stat(path).st_mode
    # ruleid: python-world-writable-file
    os.chmod(path, mode | stat.S_IWOTH)


def socket_file(path):
    # ruleid: python-world-writable-file
    os.chmod(path, mode=0o776)


# ---- safe look-alikes ----


def save_secret(path, secret):
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as fh:
        fh.write(secret)
    # ok: python-world-writable-file
    os.chmod(path, 0o600)


def install_script(path):
    # ok: python-world-writable-file
    os.chmod(path, 0o755)
    # ok: python-world-writable-file
    Path(path).chmod(0o644)


def group_share(path):
    # ok: python-world-writable-file
    os.chmod(path, 0o770)
    # ok: python-world-writable-file
    os.chmod(path, stat.S_IRUSR | stat.S_IWUSR | stat.S_IRGRP)


def executable(path):
    mode = os.stat(path).st_mode
    # ok: python-world-writable-file
    os.chmod(path, mode | stat.S_IXUSR)


def remove_other_write(path):
    mode = os.stat(path).st_mode
    # ok: python-world-writable-file
    os.chmod(path, mode & ~stat.S_IWOTH)


def cache_dir():
    # The umask still applies to makedirs' mode (0o777 is its default).
    # ok: python-world-writable-file
    os.makedirs("/var/cache/app", mode=0o777, exist_ok=True)


def restore_mode(path, saved_mode):
    # ok: python-world-writable-file
    os.chmod(path, saved_mode)
