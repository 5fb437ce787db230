"""WSGI entry point (gunicorn routewijzer.wsgi)."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "routewijzer.settings")

application = get_wsgi_application()
