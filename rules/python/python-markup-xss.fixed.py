import bleach
import markdown
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from flask import Flask, render_template, request
from markupsafe import Markup, escape

app = Flask(__name__)


@app.route("/hello")
def hello():
    name = request.args.get("name", "")
    # ruleid: python-markup-xss
    greeting = Markup("<h1>Hello {}</h1>").format(name)
    return render_template("page.html", greeting=greeting)


@app.route("/bio/<int:user_id>")
def bio(user_id):
    text = load_bio(user_id)
    # ruleid: python-markup-xss
    return render_template("bio.html", bio=Markup(markdown.markdown(text)))


def comment_html(comment):
    # ruleid: python-markup-xss
    return mark_safe("<p class='comment'>" + comment.body + "</p>")


def badge(label):
    # ruleid: python-markup-xss
    return mark_safe(label)


def user_link(user, title):
    # ruleid: python-markup-xss
    link = Markup('<a href="/u/' + user.slug + '">' + user.name + "</a>")
    # ruleid: python-markup-xss
    return Markup("<span title='{}'>{{icon}}</span>").format(title), link


# ---- flows over several steps (reported with high confidence and the path) ----


def search_term():
    return request.args.get("q", "")


@app.route("/search")
def search():
    banner = "<p>Results for <b>%s</b></p>" % search_term()
    # ruleid: python-markup-xss
    return render_template("search.html", banner=Markup(banner))


@app.route("/preview", methods=["POST"])
def preview():
    html = markdown.markdown(request.form["body"])
    # ruleid: python-markup-xss
    return render_template("preview.html", body=Markup(html))


# ---- safe look-alikes ----


def hello_safe(name):
    # ok: python-markup-xss
    return Markup("<h1>Hello {}</h1>").format(name)


def hello_percent(name):
    # ok: python-markup-xss
    return Markup("<b>%s</b>") % name


def comment_safe(comment):
    # ok: python-markup-xss
    return format_html("<p class='comment'>{}</p>", comment.body)


def cleaned(text):
    # ok: python-markup-xss
    return Markup(bleach.clean(markdown.markdown(text)))


def escaped(text):
    # ok: python-markup-xss
    return Markup(escape(text))


@app.route("/echo")
def echo():
    # ok: python-markup-xss
    return Markup(escape(request.args["text"]))


def icon():
    # ok: python-markup-xss
    return mark_safe('<svg class="icon"><use href="#star"/></svg>')


def load_bio(user_id):
    return str(user_id)
