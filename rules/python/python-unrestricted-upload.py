import os
import uuid

from flask import Flask, request
from werkzeug.utils import secure_filename

app = Flask(__name__)
UPLOAD_DIR = "/srv/uploads"
ALLOWED_EXTENSIONS = {"png", "jpg", "gif"}


@app.post("/avatar")
def avatar():
    f = request.files["avatar"]
    # ruleid: python-unrestricted-upload
    f.save(os.path.join(UPLOAD_DIR, secure_filename(f.filename)))
    return "ok"


@app.post("/docs")
def docs():
    for upload in request.files.getlist("docs"):
        name = upload.filename
        target = os.path.join(UPLOAD_DIR, name)
        # ruleid: python-unrestricted-upload
        upload.save(target)
    return "ok"


@app.post("/attachment")
def attachment():
    file = request.files.get("file")
    # ruleid: python-unrestricted-upload
    file.save(f"{UPLOAD_DIR}/{file.filename}")
    return "ok"


def allowed_file(filename):
    return "." in filename and filename.rsplit(".", 1)[1].lower() in ALLOWED_EXTENSIONS


@app.post("/photo")
def photo():
    file = request.files["photo"]
    if file and allowed_file(file.filename):
        filename = secure_filename(file.filename)
        # ok: python-unrestricted-upload
        file.save(os.path.join(UPLOAD_DIR, filename))
    return "ok"


@app.post("/scan")
def scan():
    file = request.files["scan"]
    # ok: python-unrestricted-upload
    file.save(os.path.join(UPLOAD_DIR, uuid.uuid4().hex + ".pdf"))
    return "ok"


@app.post("/image")
def image():
    file = request.files["image"]
    ext = os.path.splitext(file.filename)[1].lower()
    if ext not in {".png", ".jpg"}:
        return "bad type", 400
    # ok: python-unrestricted-upload
    file.save(os.path.join(UPLOAD_DIR, secure_filename(file.filename)))
    return "ok"


def export(report, filename):
    # ok: python-unrestricted-upload
    report.save(os.path.join("/tmp", filename))
