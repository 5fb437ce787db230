# Production image: slim Python, non-root, static files built at build time.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1

WORKDIR /app
COPY pyproject.toml README.md ./
COPY routewijzer routewijzer
COPY catalog catalog
COPY routing routing
RUN pip install .

COPY . .
RUN DEBUG=0 SECRET_KEY=build-only python manage.py collectstatic --noinput \
    && useradd --system --uid 10001 --home-dir /app routewijzer \
    && chown -R routewijzer /app

USER routewijzer
ENV DEBUG=0 WEB_CONCURRENCY=2
EXPOSE 8000
HEALTHCHECK --interval=30s --timeout=5s --retries=3 \
    CMD python -c "import urllib.request,sys; sys.exit(0 if urllib.request.urlopen('http://127.0.0.1:8000/gezond/').status == 200 else 1)"
CMD ["sh", "-c", "python manage.py migrate --noinput && python manage.py load_catalog && exec gunicorn routewijzer.wsgi --workers ${WEB_CONCURRENCY} --bind 0.0.0.0:8000"]
