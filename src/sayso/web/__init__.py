"""The web UI and REST API (`sayso serve`)."""
