import ast
import builtins
import re

import torch
from flask import Flask, request

app = Flask(__name__)


@app.route("/calc")
def calc():
    expression = request.args.get("expr", "")
    # ruleid: python-code-injection
    result = eval(expression)
    return {"result": result}


def apply_filter(records, condition):
    # ruleid: python-code-injection
    return [r for r in records if eval(condition, {"__builtins__": {}}, {"r": r})]


def load_plugin(name, namespace):
    # ruleid: python-code-injection
    exec(f"from plugins import {name}", namespace)


def run_script(path):
    with open(path) as fh:
        # ruleid: python-code-injection
        exec(fh.read(), {})


def make_getter(field):
    # ruleid: python-code-injection
    return eval("lambda obj: obj.%s" % field)


def run_cell(source, scope):
    # ruleid: python-code-injection
    exec(compile(source, "<cell>", "exec"), scope)


def configure(settings_text):
    # ruleid: python-code-injection
    code = compile(
        settings_text,
        "settings.py",
        "exec",
    )
    return code


def via_builtins(text):
    # ruleid: python-code-injection
    return builtins.eval(text)


def setattr_like(obj, name, value):
    # ruleid: python-code-injection
    exec("obj." + name + " = value")


def legacy_exec(source, namespace):
    # Python 2 exec statement.
    # ruleid: python-code-injection
    exec source in namespace


# ---- values from a request or a terminal (reported with high confidence and the path) ----


def read_expression():
    return input("> ")


def repl():
    line = read_expression()
    # ruleid: python-code-injection
    print(eval(line))


@app.route("/rules", methods=["POST"])
def rule_check():
    condition = request.json["condition"]
    source = "lambda row: " + condition
    # ruleid: python-code-injection
    check = eval(source)
    return {"ok": all(check(r) for r in [])}


# ---- safe look-alikes ----


def parse_literal(text):
    # ok: python-code-injection
    return ast.literal_eval(text)


def constant_code():
    # ok: python-code-injection
    total = eval("2 ** 10")
    # ok: python-code-injection
    exec("import json")
    # ok: python-code-injection
    exec(compile("x = 1", "<const>", "exec"), {})
    return total


def evaluate_model(model, loader):
    # ok: python-code-injection
    model.eval()
    # ok: python-code-injection
    model = torch.compile(model)
    with torch.no_grad():
        return [model(batch) for batch in loader]


def patterns(user_pattern):
    # ok: python-code-injection
    return re.compile(user_pattern)


def regex_only(pattern):
    from re import compile

    # ok: python-code-injection
    return compile(pattern)


def lookup(name):
    handlers = {"add": lambda a, b: a + b, "sub": lambda a, b: a - b}
    # ok: python-code-injection
    return handlers[name]
