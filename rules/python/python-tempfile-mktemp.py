import os
import subprocess
import tempfile
from tempfile import mktemp


def render(report):
    # ruleid: python-tempfile-mktemp
    path = tempfile.mktemp(suffix=".pdf")
    with open(path, "wb") as fh:
        fh.write(report)
    return path


def scratch():
    # ruleid: python-tempfile-mktemp
    name = mktemp(prefix="job-", dir="/tmp")
    subprocess.run(["sort", "-o", name, "input.txt"], check=True)
    return name


# ---- safe look-alikes ----


def render_safe(report):
    # ok: python-tempfile-mktemp
    fd, path = tempfile.mkstemp(suffix=".pdf")
    with os.fdopen(fd, "wb") as fh:
        fh.write(report)
    return path


def workdir():
    # ok: python-tempfile-mktemp
    return tempfile.mkdtemp(prefix="build-")


def named(data):
    # ok: python-tempfile-mktemp
    with tempfile.NamedTemporaryFile(delete=False) as fh:
        fh.write(data)
        return fh.name


class PluginTest:
    def test_output(self):
        # Twisted trial's TestCase.mktemp() returns a path under the test's own directory.
        # ok: python-tempfile-mktemp
        path = self.mktemp()
        return path
