"""PostgreSQL as Django's backend, with a cheaper connection health check (see `base`)."""
