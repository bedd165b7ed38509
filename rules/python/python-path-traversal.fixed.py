import hashlib
import os
import shutil
import uuid
from pathlib import Path

from fastapi import FastAPI, Request, UploadFile
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
    return send_from_directory(REPORTS, request.args["name"])


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


# ---- flows over several steps ----


@app.route("/report")
def report():
    name = request.args.get("name", "summary")
    path = os.path.join(REPORTS, name + ".csv")
    # ruleid: python-path-traversal
    return send_file(path)


@app.route("/batch", methods=["POST"])
def batch():
    for doc in request.files.getlist("docs"):
        target = Path(UPLOADS) / doc.filename
        # ruleid: python-path-traversal
        target.write_bytes(doc.read())
    return "", 201


def requested_file():
    return request.args["file"]


@app.route("/view")
def view():
    # ruleid: python-path-traversal
    with open("{}/{}".format(REPORTS, requested_file())) as fh:
        return fh.read()


@api.post("/files")
async def store(file: UploadFile):
    # ruleid: python-path-traversal
    with open(f"{UPLOADS}/{file.filename}", "wb") as out:
        out.write(await file.read())


@app.route("/logs/<name>")
def logs(name):
    # ruleid: python-path-traversal
    return Path(f"/var/log/app/{name}").read_text()


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


@app.route("/upload-named", methods=["POST"])
def upload_named():
    f = request.files["document"]
    name = secure_filename(f.filename)
    dest = os.path.join(UPLOADS, name)
    # ok: python-path-traversal
    f.save(dest)
    return "", 201


@app.route("/upload-random", methods=["POST"])
def upload_random():
    f = request.files["document"]
    # ok: python-path-traversal
    f.save(os.path.join(UPLOADS, uuid.uuid4().hex))
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


@app.route("/page")
def page():
    leaf = Path(request.args["page"]).name
    # ok: python-path-traversal
    return Path(REPORTS, leaf).read_text()


@app.route("/cached")
def cached():
    key = hashlib.sha256(request.full_path.encode()).hexdigest()
    # ok: python-path-traversal
    with open(os.path.join("/var/cache/app", key)) as fh:
        return fh.read()


@app.route("/invoice")
def invoice():
    number = int(request.args["n"])
    # ok: python-path-traversal
    return send_file(f"{REPORTS}/invoice-{number}.pdf")


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
    # A plain function's parameters: not known to come from a request.
    # ok: python-path-traversal
    model.save(os.path.join(path, model.name))


def export_csv(rows, filename):
    # ok: python-path-traversal
    with open(os.path.join(REPORTS, filename), "w") as out:
        out.writelines(rows)


@app.route("/clean")
def clean():
    # ok: python-path-traversal
    return request.args["text"].replace("\r", "")
