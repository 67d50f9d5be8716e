"""A todos API as Django REST Framework users build one: a ModelViewSet behind DefaultRouter (trailing
slashes), PageNumberPagination, session authentication with CSRF enforced on unsafe methods.
The SQLite file is named by DRF_DB (a temp folder of the test). When TODO_APP_DIR names a folder holding
todo-example's built app (index.html, todo.js...), Django serves that app at / too, told where this API is.
Beside the todos, a books app: reading-list-example's records, with validation the server alone can do; when
READING_LIST_APP_DIR names that example's built app, Django serves it at /reading-list/.

Used by backbone-sync's DjangoRestFrameworkTest and by browser-tests' Todo app tests (through DjangoServer)."""
import os

SECRET_KEY = "backbone-java-tests-only"
DEBUG = False
ALLOWED_HOSTS = ["127.0.0.1", "localhost"]
ROOT_URLCONF = "drfproject.urls"
USE_TZ = True
DEFAULT_AUTO_FIELD = "django.db.models.AutoField"

INSTALLED_APPS = [
    "django.contrib.contenttypes",
    "django.contrib.auth",
    "django.contrib.sessions",
    "rest_framework",
    "todos",
    "books",
]
MIDDLEWARE = [
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
]
DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.sqlite3",
        "NAME": os.environ.get("DRF_DB", "/tmp/backbone-java-drf.sqlite3"),
    }
}
REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": ["rest_framework.authentication.SessionAuthentication"],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAuthenticated"],
    "DEFAULT_PAGINATION_CLASS": "rest_framework.pagination.PageNumberPagination",
    # Small, so that the tests cross pages: 7 todos are 4 pages, a Todo app of 3 todos is 2.
    "PAGE_SIZE": 2,
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
    "DEFAULT_PARSER_CLASSES": ["rest_framework.parsers.JSONParser"],
}
TODO_APP_DIR = os.environ.get("TODO_APP_DIR")
READING_LIST_APP_DIR = os.environ.get("READING_LIST_APP_DIR")

LOGGING = {"version": 1, "disable_existing_loggers": False,
           "handlers": {"console": {"class": "logging.StreamHandler"}},
           "root": {"handlers": ["console"], "level": "WARNING"}}
