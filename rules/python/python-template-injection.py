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


@app.route("/custom")
def custom():
    # ruleid: python-template-injection
    return Template(request.args["tpl"]).render()


# ---- flows over several steps ----


@app.route("/mail", methods=["POST"])
def mail():
    salutation = request.json.get("salutation", "Dear")
    body = "%s {{ user.name }},\n{{ text }}" % salutation
    # ruleid: python-template-injection
    return jinja2.Template(body).render(user=None, text="...")


def page_title():
    return request.args.get("title", "Home")


@app.route("/page")
def page():
    layout = "<title>{}</title>{{% block body %}}{{% endblock %}}".format(page_title())
    # ruleid: python-template-injection
    return env.from_string(layout).render()


@app.route("/greet/<name>")
def greet(name):
    # ruleid: python-template-injection
    return render_template_string("<p>Hi " + name + "</p>")


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


def letter(greeting_word):
    # A plain function's parameter: not known to come from a request.
    # ok: python-template-injection
    return jinja2.Template(greeting_word + ", {{ name }}").render(name="x")


@app.route("/count")
def count():
    n = int(request.args.get("n", "1"))
    # ok: python-template-injection
    return render_template_string("{{ items }}" * n, items="x")
