import hashlib
import hmac
import os

from django.http import HttpResponse, JsonResponse
from django.utils.decorators import method_decorator
from django.views import View
from django.views.decorators.csrf import csrf_exempt, csrf_protect
from flask import Flask
from flask_wtf.csrf import CSRFProtect

app = Flask(__name__)
csrf = CSRFProtect(app)
# ruleid: python-csrf-protection-disabled
app.config["WTF_CSRF_ENABLED"] = False


class ProductionConfig:
    SECRET_KEY = os.environ.get("SECRET_KEY")
    # ruleid: python-csrf-protection-disabled
    WTF_CSRF_ENABLED = False


def create_app():
    application = Flask(__name__)
    # ruleid: python-csrf-protection-disabled
    application.config.update(SESSION_COOKIE_SECURE=True, WTF_CSRF_ENABLED=False)
    return application


# ruleid: python-csrf-protection-disabled
@csrf_exempt
def change_email(request):
    request.user.email = request.POST["email"]
    request.user.save()
    return JsonResponse({"ok": True})


# ruleid: python-csrf-protection-disabled
@method_decorator(csrf_exempt, name="dispatch")
class TransferView(View):
    def post(self, request):
        return JsonResponse({"queued": True})


@app.route("/api/delete", methods=["POST"])
# ruleid: python-csrf-protection-disabled
@csrf.exempt
def delete_account():
    return {"deleted": True}


def update_profile(request):
    return HttpResponse("saved")


urlpatterns_views = [
    # ruleid: python-csrf-protection-disabled
    ("profile/", csrf_exempt(update_profile)),
]

# ---- safe look-alikes ----


# ok: python-csrf-protection-disabled
@csrf_protect
def change_password(request):
    return JsonResponse({"ok": True})


# ok: python-csrf-protection-disabled
@csrf_exempt
def stripe_webhook(request):
    signature = request.headers.get("Stripe-Signature", "")
    expected = hmac.new(os.environ["WEBHOOK_KEY"].encode(), request.body, hashlib.sha256).hexdigest()
    if not hmac.compare_digest(signature, expected):
        return HttpResponse(status=400)
    return HttpResponse(status=200)


class DevelopmentConfig:
    DEBUG = True
    # ok: python-csrf-protection-disabled
    WTF_CSRF_ENABLED = True


class TestingConfig(ProductionConfig):
    # ok: python-csrf-protection-disabled
    WTF_CSRF_ENABLED = False


class CIConfig(ProductionConfig):
    TESTING = True
    # ok: python-csrf-protection-disabled
    WTF_CSRF_ENABLED = False


def pytest_app():
    test_app = Flask(__name__)
    test_app.config["TESTING"] = True
    # ok: python-csrf-protection-disabled
    test_app.config["WTF_CSRF_ENABLED"] = False
    return test_app


def test_login_form():
    client_app = Flask(__name__)
    # ok: python-csrf-protection-disabled
    client_app.config.update(WTF_CSRF_ENABLED=False)
    assert client_app.config["WTF_CSRF_ENABLED"] is False
