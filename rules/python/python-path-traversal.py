import os
import shutil
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.responses import FileResponse
from flask import Flask, request, send_file, send_from_directory
from werkzeug.utils import secure_filename

app = Flask(__name__)
api = FastAPI()
UPLOADS = "/srv/uploads"
REPORTS = "/srv/reports"


@app.route("/download")
def download():
    # ruleid: python-path-traversal
    return send_file(os.path.join(REPORTS, request.args["name"]))


@app.route("/raw")
def raw():
    # ruleid: python-path-traversal
    with open(f"{REPORTS}/{request.args.get('file')}") as fh:
        return fh.read()


@app.route("/upload", methods=["POST"])
def upload():
    f = request.files["document"]
    # ruleid: python-path-traversal
    f.save(os.path.join(UPLOADS, f.filename))
    return "", 201


@app.route("/avatar", methods=["POST"])
def avatar():
    image = request.files["image"]
    # ruleid: python-path-traversal
    image.save(f"{UPLOADS}/avatars/{image.filename}")
    return "", 201


@app.route("/delete", methods=["POST"])
def delete():
    # ruleid: python-path-traversal
    os.remove(os.path.join(UPLOADS, request.form["name"]))
    return "", 204


@app.route("/notes")
def notes():
    # ruleid: python-path-traversal
    return Path(REPORTS, request.args["note"]).read_text()


@api.get("/export")
async def export(request: Request):
    # ruleid: python-path-traversal
    return FileResponse(REPORTS + "/" + request.query_params["file"])


def restore(request):
    # ruleid: python-path-traversal
    shutil.copy(os.path.join(UPLOADS, "backup.db"), request.POST["destination"])


def purge(request):
    # ruleid: python-path-traversal
    shutil.rmtree(os.path.join(UPLOADS, request.POST["folder"]))


# ---- safe look-alikes ----


@app.route("/files/<path:name>")
def files(name):
    # ok: python-path-traversal
    return send_from_directory(REPORTS, request.args.get("name", name))


@app.route("/upload-safe", methods=["POST"])
def upload_safe():
    f = request.files["document"]
    # ok: python-path-traversal
    f.save(os.path.join(UPLOADS, secure_filename(f.filename)))
    return "", 201


@app.route("/logo")
def logo():
    # ok: python-path-traversal
    return send_file(os.path.join(REPORTS, "logo.png"))


def read_config():
    # ok: python-path-traversal
    with open(os.path.join(os.path.dirname(__file__), "config.toml")) as fh:
        return fh.read()


@app.route("/thumb")
def thumb():
    # ok: python-path-traversal
    return send_file(os.path.join(REPORTS, os.path.basename(request.args["name"])))


def read_named(config):
    # ok: python-path-traversal
    with open(config.filename) as fh:
        return fh.read()


@app.route("/attach", methods=["POST"])
def attach():
    # ok: python-path-traversal
    name = Path(request.files["file"].filename).name
    return name


def save_model(model, path):
    # ok: python-path-traversal
    model.save(os.path.join(path, model.name))
