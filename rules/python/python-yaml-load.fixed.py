import yaml
from flask import Flask, request
from yaml import CLoader as Loader
from yaml import load

app = Flask(__name__)


def read_config(path):
    with open(path) as fh:
        # ruleid: python-yaml-load
        return yaml.safe_load(fh)


@app.route("/import", methods=["POST"])
def import_pipeline():
    # ruleid: python-yaml-load
    spec = yaml.safe_load(request.data)
    return {"steps": len(spec["steps"])}


def read_fast(stream):
    # ruleid: python-yaml-load
    return yaml.safe_load(stream)


def read_positional(stream):
    # ruleid: python-yaml-load
    return yaml.safe_load(stream)


def read_documents(stream):
    # ruleid: python-yaml-load
    return list(yaml.safe_load_all(stream))


def read_multiline(text):
    # ruleid: python-yaml-load
    return yaml.safe_load(text)


def read_unsafe(text):
    # ruleid: python-yaml-load
    return yaml.unsafe_load(text)


def read_full(text):
    # ruleid: python-yaml-load
    return yaml.full_load(text)


# ---- safe look-alikes ----


def read_safe(stream):
    # ok: python-yaml-load
    return yaml.safe_load(stream)


def read_safe_loader(stream):
    # ok: python-yaml-load
    return yaml.load(stream, Loader=yaml.SafeLoader)


def read_c_safe(stream):
    # ok: python-yaml-load
    return yaml.load(stream, Loader=yaml.CSafeLoader)


def read_strings_only(stream):
    # ok: python-yaml-load
    return yaml.load(stream, yaml.BaseLoader)


def write_config(path, data):
    with open(path, "w") as fh:
        # ok: python-yaml-load
        yaml.dump(data, fh)


def read_ordered(stream, SafeOrderedLoader):
    # ok: python-yaml-load
    return yaml.load(stream, SafeOrderedLoader)


def load_json(loader, text):
    # ok: python-yaml-load
    return loader.load(text)


def read_imported(stream):
    # ruleid: python-yaml-load
    return load(stream, Loader=Loader)


def read_imported_full(stream):
    # ruleid: python-yaml-load
    return load(stream, Loader=yaml.FullLoader)


def read_imported_safe(stream):
    # ok: python-yaml-load
    return load(stream, Loader=yaml.CSafeLoader)


def read_plugin(registry, name, Loader):
    # ok: python-yaml-load
    return registry.get(name).load(Loader)
