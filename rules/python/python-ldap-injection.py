import ldap
import ldap3
from fastapi import FastAPI
from flask import Flask, jsonify, request
from ldap.dn import escape_dn_chars
from ldap.filter import escape_filter_chars, filter_format
from ldap3.utils.conv import escape_filter_chars as ldap3_escape

app = Flask(__name__)
api = FastAPI()
BASE_DN = "ou=people,dc=example,dc=com"


def connect():
    conn = ldap.initialize("ldaps://ldap.example.com")
    conn.simple_bind_s("cn=reader,dc=example,dc=com", "reader-password-from-vault")
    return conn


@app.route("/user")
def find_user():
    conn = connect()
    username = request.args["username"]
    # ruleid: python-ldap-injection
    result = conn.search_s(BASE_DN, ldap.SCOPE_SUBTREE, f"(uid={username})")
    return jsonify([dn for dn, _ in result])


@app.route("/login", methods=["POST"])
def login():
    l = connect()
    search_filter = "(&(objectClass=person)(mail=" + request.form["email"] + "))"
    # ruleid: python-ldap-injection
    entries = l.search_s(BASE_DN, ldap.SCOPE_SUBTREE, search_filter, ["cn"])
    return {"found": bool(entries)}


@app.route("/group/<name>")
def group_members(name):
    conn = connect()
    # ruleid: python-ldap-injection
    res = conn.search_s("cn=%s,ou=groups,dc=example,dc=com" % name, ldap.SCOPE_BASE)
    return jsonify(res)


@api.get("/directory")
def directory(dept: str):
    server = ldap3.Server("ldap.example.com", use_ssl=True)
    conn = ldap3.Connection(server, auto_bind=True)
    query = "(department={})".format(dept)
    # ruleid: python-ldap-injection
    conn.search("dc=example,dc=com", query, attributes=["cn", "mail"])
    return [str(e) for e in conn.entries]


def django_lookup(request):
    ldap_conn = connect()
    uid = request.GET.get("uid")
    # ruleid: python-ldap-injection
    ldap_conn.search_ext_s(BASE_DN, ldap.SCOPE_SUBTREE, filterstr="(uid=%s)" % uid)
    return None


@app.route("/ldap3/keyword")
def ldap3_keyword():
    connection = ldap3.Connection(ldap3.Server("ldap.example.com"), auto_bind=True)
    user = request.values.get("user")
    # ruleid: python-ldap-injection
    connection.search(search_base=BASE_DN, search_filter=f"(sAMAccountName={user})")
    return jsonify(len(connection.entries))


# ---- safe look-alikes ----


@app.route("/user/safe")
def find_user_safe():
    conn = connect()
    username = escape_filter_chars(request.args["username"])
    # ok: python-ldap-injection
    result = conn.search_s(BASE_DN, ldap.SCOPE_SUBTREE, f"(uid={username})")
    return jsonify(len(result))


@app.route("/user/format")
def find_user_format():
    conn = connect()
    flt = filter_format("(uid=%s)", [request.args["username"]])
    # ok: python-ldap-injection
    return jsonify(conn.search_s(BASE_DN, ldap.SCOPE_SUBTREE, flt))


@app.route("/group/safe/<name>")
def group_safe(name):
    conn = connect()
    dn = "cn=" + escape_dn_chars(name) + ",ou=groups,dc=example,dc=com"
    # ok: python-ldap-injection
    return jsonify(conn.search_s(dn, ldap.SCOPE_BASE))


@api.get("/directory/safe")
def directory_safe(dept: str):
    conn = ldap3.Connection(ldap3.Server("ldap.example.com"), auto_bind=True)
    # ok: python-ldap-injection
    conn.search("dc=example,dc=com", f"(department={ldap3_escape(dept)})")
    return [str(e) for e in conn.entries]


@app.route("/employees")
def employees():
    conn = connect()
    # ok: python-ldap-injection
    entries = conn.search_s(BASE_DN, ldap.SCOPE_SUBTREE, "(objectClass=person)")
    return jsonify(len(entries))


@app.route("/employee/<int:emp_id>")
def employee(emp_id):
    conn = connect()
    # ok: python-ldap-injection
    entries = conn.search_s(BASE_DN, ldap.SCOPE_SUBTREE, "(employeeNumber=%d)" % int(emp_id))
    return jsonify(len(entries))


@app.route("/search")
def text_search():
    import re

    # ok: python-ldap-injection
    found = re.search(request.args["q"], "some text")
    return {"found": bool(found)}


def sync_directory(uid_from_config):
    conn = connect()
    # ok: python-ldap-injection
    return conn.search_s(BASE_DN, ldap.SCOPE_SUBTREE, f"(uid={uid_from_config})")
