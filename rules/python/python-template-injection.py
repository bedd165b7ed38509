import jinja2
from flask import Flask, render_template_string, request
from jinja2 import Environment, Template

app = Flask(__name__)
env = Environment(autoescape=True)


@app.route("/hello")
def hello():
    name = request.args.get("name", "world")
    # ruleid: python-template-injection
    return render_template_string(f"<h1>Hello {name}!</h1>")


@app.route("/error")
def error():
    # ruleid: python-template-injection
    return render_template_string("<p>Not found: " + request.path + "</p>"), 404


@app.route("/preview", methods=["POST"])
def preview():
    # ruleid: python-template-injection
    return env.from_string(request.form["template"]).render()


def greeting(user):
    # ruleid: python-template-injection
    return jinja2.Template("Dear %s, {{ body }}" % user.name).render(body="...")


@app.route("/custom")
def custom():
    # ruleid: python-template-injection
    return Template(request.args["tpl"]).render()


# ---- safe look-alikes ----


@app.route("/hello-safe")
def hello_safe():
    # ok: python-template-injection
    return render_template_string("<h1>Hello {{ name }}!</h1>", name=request.args.get("name"))


def load(name):
    with open(f"templates/{name}.j2") as fh:
        source = fh.read()
    # ok: python-template-injection
    return env.from_string(source)


def invoice(total):
    # ok: python-template-injection
    return Template("Total: {{ total }}").render(total=total)
