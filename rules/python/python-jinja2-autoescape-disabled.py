import jinja2
from flask import Flask
from jinja2 import Environment, FileSystemLoader, PackageLoader, select_autoescape

app = Flask(__name__)

# ruleid: python-jinja2-autoescape-disabled
env = jinja2.Environment(loader=jinja2.FileSystemLoader("templates"))

# ruleid: python-jinja2-autoescape-disabled
pages = Environment(loader=PackageLoader("shop", "templates"), autoescape=False)

# ruleid: python-jinja2-autoescape-disabled
plain = jinja2.Environment()


def build_env(path):
    # ruleid: python-jinja2-autoescape-disabled
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(path),
        trim_blocks=True,
    )


# ruleid: python-jinja2-autoescape-disabled
app.jinja_env.autoescape = False

# ---- safe look-alikes ----

# ok: python-jinja2-autoescape-disabled
safe_env = Environment(loader=FileSystemLoader("templates"), autoescape=select_autoescape())
# ok: python-jinja2-autoescape-disabled
strict_env = jinja2.Environment(loader=jinja2.FileSystemLoader("templates"), autoescape=True)


def from_settings(options):
    # ok: python-jinja2-autoescape-disabled
    return jinja2.Environment(**options)


# ok: python-jinja2-autoescape-disabled
app.jinja_env.autoescape = True


def simulation():
    import simpy

    # ok: python-jinja2-autoescape-disabled
    return simpy.Environment(initial_time=0)
