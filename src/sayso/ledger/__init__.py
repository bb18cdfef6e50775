"""The ledger: articles, their versions and attributions, kept in SQLite or PostgreSQL."""
