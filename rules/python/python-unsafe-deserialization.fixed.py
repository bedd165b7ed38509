import base64
import json
import marshal
import pickle
import shelve

import _pickle as cPickle
import dill
import joblib
import jsonpickle
import numpy as np
import pandas as pd
import torch
from flask import Flask, request

app = Flask(__name__)


@app.route("/session", methods=["POST"])
def restore_session():
    blob = base64.b64decode(request.form["state"])
    # ruleid: python-unsafe-deserialization
    state = pickle.loads(blob)
    return {"user": state["user"]}


def load_cache(path):
    with open(path, "rb") as fh:
        # ruleid: python-unsafe-deserialization
        return pickle.load(fh)


def load_model(path):
    # ruleid: python-unsafe-deserialization
    return joblib.load(path)


def read_frame(upload):
    # ruleid: python-unsafe-deserialization
    return pd.read_pickle(upload)


def decode_event(message):
    # ruleid: python-unsafe-deserialization
    return jsonpickle.decode(message.body)


def fast_load(raw):
    # ruleid: python-unsafe-deserialization
    return cPickle.loads(raw)


def load_closure(raw):
    # ruleid: python-unsafe-deserialization
    return dill.loads(raw)


def load_code(raw):
    # ruleid: python-unsafe-deserialization
    return marshal.loads(raw)


def open_store(name):
    # ruleid: python-unsafe-deserialization
    return shelve.open("stores/" + name)


def open_default_store():
    # ruleid: python-unsafe-deserialization
    return shelve.open("urls.db", writeback=True)


def read_embeddings(path):
    # ruleid: python-unsafe-deserialization
    return np.load(path, allow_pickle=False)


def restore_checkpoint(path):
    # ruleid: python-unsafe-deserialization
    return torch.load(
        path,
        map_location="cpu",
        weights_only=True,
    )


def custom_unpickler(stream):
    # ruleid: python-unsafe-deserialization
    return pickle.Unpickler(stream).load()


# ---- bytes from a request or the network (reported with high confidence and the path) ----


def handle_client(conn):
    data = conn.recv(65536)
    # ruleid: python-unsafe-deserialization
    return pickle.loads(data)


@app.route("/model", methods=["POST"])
def upload_model():
    upload = request.files["model"]
    # ruleid: python-unsafe-deserialization
    model = joblib.load(upload)
    return {"classes": list(model.classes_)}


# ---- safe look-alikes ----


def copy_object(obj):
    # ok: python-unsafe-deserialization
    return pickle.loads(pickle.dumps(obj))


def save_cache(path, data):
    with open(path, "wb") as fh:
        # ok: python-unsafe-deserialization
        pickle.dump(data, fh)


def parse_body(body):
    # ok: python-unsafe-deserialization
    return json.loads(body)


def read_array(path):
    # ok: python-unsafe-deserialization
    return np.load(path)


def read_weights(path):
    # ok: python-unsafe-deserialization
    return torch.load(path, weights_only=True)


def encode_event(event):
    # ok: python-unsafe-deserialization
    return jsonpickle.encode(event, unpicklable=False)


def builtin_sentinel():
    # ok: python-unsafe-deserialization
    return pickle.loads(b"\x80\x04N.")
