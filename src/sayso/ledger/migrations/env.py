"""Alembic environment: run by sayso.ledger.store.migrate() with a live connection."""

from alembic import context

from sayso.ledger.schema import Base

connection = context.config.attributes.get("connection")
if connection is None:  # `alembic` run by hand: build an engine from the configured URL
    from sqlalchemy import create_engine

    engine = create_engine(context.config.get_main_option("sqlalchemy.url"))
    with engine.begin() as connection:
        context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
        with context.begin_transaction():
            context.run_migrations()
else:
    context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()
