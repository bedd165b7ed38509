import json

from fastapi import FastAPI, Request
from flask import Flask, jsonify, request
from pymongo import MongoClient

app = Flask(__name__)
api = FastAPI()
client = MongoClient("mongodb://localhost:27017")
db = client["shop"]
users_collection = db["users"]


@app.route("/users/search")
def search_users():
    # ruleid: python-nosql-injection
    docs = db.users.find(json.loads(request.args["q"]))
    return jsonify([d["name"] for d in docs])


@app.route("/login", methods=["POST"])
def login():
    creds = request.get_json()
    query = {"username": creds["username"], "password": creds["password"]}
    # ruleid: python-nosql-injection
    user = users_collection.find_one(query)
    return {"ok": user is not None}


@app.route("/orders/query", methods=["POST"])
def query_orders():
    # ruleid: python-nosql-injection
    return jsonify(list(db["orders"].find(request.json, {"_id": 0})))


@app.route("/orders/purge", methods=["POST"])
def purge_orders():
    criteria = json.loads(request.data)
    # ruleid: python-nosql-injection
    result = db.orders.delete_many(criteria)
    return {"deleted": result.deleted_count}


@api.post("/products/count")
async def count_products(request: Request):
    body = await request.json()
    # ruleid: python-nosql-injection
    n = await db.products.count_documents(body["filter"])
    return {"count": n}


@api.post("/products/find")
def find_products(criteria: dict):
    # ruleid: python-nosql-injection
    return list(db.products.find(criteria, {"_id": 0}))


def django_find(request):
    spec = json.loads(request.body.decode("utf-8"))
    collection = db.get_collection("events")
    # ruleid: python-nosql-injection
    return list(collection.find(filter=spec))


# ---- safe look-alikes ----


@app.route("/users/by-name")
def by_name():
    # ok: python-nosql-injection
    docs = db.users.find({"name": request.args["name"]})
    return jsonify([d["email"] for d in docs])


@app.route("/users/filter")
def filter_users():
    query = {"city": request.args.get("city", ""), "active": True}
    # ok: python-nosql-injection
    docs = users_collection.find(query)
    return jsonify(len(list(docs)))


@app.route("/login/safe", methods=["POST"])
def login_safe():
    body = request.get_json()
    # ok: python-nosql-injection
    user = users_collection.find_one({"username": str(body["username"])})
    return {"ok": user is not None}


@app.route("/report")
def report():
    with open("report_filter.json") as fh:
        spec = json.load(fh)
    # ok: python-nosql-injection
    return jsonify(db.orders.count_documents(spec))


@app.route("/text")
def text_position():
    body = request.get_json()
    text = "a,b,c"
    # ok: python-nosql-injection
    return {"at": text.find(body["needle"])}


@app.route("/archive", methods=["POST"])
def archive():
    # ok: python-nosql-injection
    db.archive.insert_one(request.get_json())
    return "", 204


def nightly_cleanup(days):
    # ok: python-nosql-injection
    db.sessions.delete_many({"age": {"$gt": days}})
