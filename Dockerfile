# Production image: slim Python, non-root, static files built at build time, started by the
# same bin/start that CI proves (wait for the database, migrate, load_catalog, gunicorn).
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1

WORKDIR /app
# Dependencies first (from pyproject.toml), so code changes do not reinstall them.
COPY pyproject.toml README.md ./
COPY routewijzer routewijzer
COPY catalog catalog
COPY routing routing
RUN pip install .

COPY . .
RUN DEBUG=0 SECRET_KEY=build-only python manage.py collectstatic --noinput \
    && useradd --system --uid 10001 --home-dir /app routewijzer \
    && install -d -m 700 /app/var/sessions \
    && chown -R routewijzer /app

USER routewijzer
# Static files are in the image already: bin/start skips collectstatic.
ENV DEBUG=0 WEB_CONCURRENCY=2 BIND=0.0.0.0:8000 COLLECTSTATIC=0 PYTHON=python \
    SESSION_FILE_PATH=/app/var/sessions
# The visitors' sessions (their answers): shared by the workers, kept across restarts of the
# container, never in an image or a database backup.
VOLUME /app/var/sessions
EXPOSE 8000
# /gezond/ checks the database; it is exempt from the HTTPS redirect.
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
    CMD python -c "import urllib.request,sys; sys.exit(0 if urllib.request.urlopen('http://127.0.0.1:8000/gezond/', timeout=4).status == 200 else 1)"
CMD ["bin/start"]
