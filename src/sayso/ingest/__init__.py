"""Readers that turn files and sources into Article objects."""
