"""A deployment helper: runs tools without a shell and keeps temporary files private."""

import argparse
import json
import logging
import os
import shlex
import subprocess
import tempfile
from pathlib import Path

import yaml

log = logging.getLogger("deploy")


def load_config(path: str) -> dict:
    text = Path(path).read_text()
    if path.endswith((".yml", ".yaml")):
        return yaml.safe_load(text)
    return json.loads(text)


def run(argv: list[str]) -> str:
    log.info("running %s", shlex.join(argv))
    result = subprocess.run(argv, check=True, capture_output=True, text=True)
    return result.stdout


def archive(directory: str, out: str) -> None:
    run(["tar", "czf", out, "-C", directory, "."])


def remote(host: str, command: str) -> str:
    return run(["ssh", host, shlex.quote(command)])


def render_manifest(config: dict) -> str:
    fd, path = tempfile.mkstemp(suffix=".yaml")
    with os.fdopen(fd, "w") as fh:
        yaml.safe_dump(config, fh)
    return path


def disk_usage() -> str:
    return subprocess.check_output(["df", "-h"], text=True)


def clear_screen() -> None:
    os.system("clear")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("config")
    parser.add_argument("--host", required=True)
    args = parser.parse_args()
    config = load_config(args.config)
    with tempfile.TemporaryDirectory() as work:
        archive(config["source"], os.path.join(work, "release.tgz"))
        manifest = render_manifest(config)
        run(["scp", manifest, f"{args.host}:/etc/app/manifest.yaml"])
    print(remote(args.host, "systemctl restart app"))


if __name__ == "__main__":
    main()
