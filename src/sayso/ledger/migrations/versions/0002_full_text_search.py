"""full-text search over attribution content

SQLite: an external-content FTS5 table kept in step by triggers.
PostgreSQL: a GIN index on the English tsvector of the content.

Revision ID: 0002
Revises: 0001
"""
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("CREATE VIRTUAL TABLE attributions_fts USING fts5("
                   "content_text, content='attributions', content_rowid='id')")
        op.execute("CREATE TRIGGER attributions_ai AFTER INSERT ON attributions BEGIN "
                   "INSERT INTO attributions_fts(rowid, content_text) VALUES (new.id, new.content_text); END")
        op.execute("CREATE TRIGGER attributions_ad AFTER DELETE ON attributions BEGIN "
                   "INSERT INTO attributions_fts(attributions_fts, rowid, content_text) "
                   "VALUES ('delete', old.id, old.content_text); END")
        op.execute("CREATE TRIGGER attributions_au AFTER UPDATE OF content_text ON attributions BEGIN "
                   "INSERT INTO attributions_fts(attributions_fts, rowid, content_text) "
                   "VALUES ('delete', old.id, old.content_text); "
                   "INSERT INTO attributions_fts(rowid, content_text) VALUES (new.id, new.content_text); END")
    else:
        op.execute("CREATE INDEX ix_attributions_fts ON attributions "
                   "USING gin (to_tsvector('english', content_text))")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for name in ("attributions_ai", "attributions_ad", "attributions_au"):
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
        op.execute("DROP TABLE IF EXISTS attributions_fts")
    else:
        op.execute("DROP INDEX IF EXISTS ix_attributions_fts")
