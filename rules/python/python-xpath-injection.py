import xml.etree.ElementTree as ET

from fastapi import FastAPI
from flask import Flask, abort, jsonify, request
from lxml import etree

app = Flask(__name__)
api = FastAPI()
USERS = etree.parse("users.xml")
CATALOG = ET.parse("catalog.xml").getroot()


@app.route("/login", methods=["POST"])
def login():
    name = request.form["username"]
    password = request.form["password"]
    # ruleid: python-xpath-injection
    found = USERS.xpath(f"//user[@name='{name}' and @password='{password}']")
    if not found:
        abort(401)
    return {"ok": True}


@app.route("/user/<username>")
def profile(username):
    tree = etree.parse("users.xml")
    query = "//user[@name='" + username + "']/email/text()"
    # ruleid: python-xpath-injection
    return jsonify(tree.xpath(query))


@app.route("/book")
def book():
    title = request.args.get("title", "")
    # ruleid: python-xpath-injection
    finder = etree.XPath("//book[title='%s']" % title)
    return jsonify([b.get("id") for b in finder(CATALOG)])


@api.get("/products")
def products(category: str):
    root = ET.parse("catalog.xml").getroot()
    # ruleid: python-xpath-injection
    items = root.findall(f".//product[@category='{category}']")
    return [item.findtext("name") for item in items]


def django_lookup(request):
    doc = etree.parse("settings.xml")
    key = request.GET["key"]
    # ruleid: python-xpath-injection
    return doc.xpath("/settings/entry[@key='{}']/@value".format(key))


@app.route("/price")
def price():
    sku = request.args["sku"]
    # ruleid: python-xpath-injection
    node = CATALOG.find(".//item[@sku='" + sku + "']")
    return {"price": node.get("price") if node is not None else None}


# ---- safe look-alikes ----


@app.route("/login/safe", methods=["POST"])
def login_safe():
    # ok: python-xpath-injection
    found = USERS.xpath("//user[@name=$name]", name=request.form["username"])
    return {"ok": bool(found)}


@app.route("/book/safe")
def book_safe():
    finder = etree.XPath("//book[title=$title]")
    # ok: python-xpath-injection
    return jsonify([b.get("id") for b in finder(CATALOG, title=request.args.get("title", ""))])


@app.route("/item/<int:item_id>")
def item(item_id):
    # ok: python-xpath-injection
    node = CATALOG.find(f".//item[@id='{int(item_id)}']")
    return {"found": node is not None}


@app.route("/all")
def all_items():
    # ok: python-xpath-injection
    return jsonify([e.get("id") for e in CATALOG.findall(".//item")])


@app.route("/filter")
def filter_items():
    wanted = request.args.get("category")
    # ok: python-xpath-injection
    return jsonify([e.get("id") for e in CATALOG.iter("item") if e.get("category") == wanted])


@app.route("/position")
def position():
    text = "alpha/beta/gamma"
    # ok: python-xpath-injection
    return {"at": text.find(f"/{request.args['part']}")}


def report(section_name):
    tree = etree.parse("report.xml")
    # ok: python-xpath-injection
    return tree.xpath(f"//section[@name='{section_name}']")
