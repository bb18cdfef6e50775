"""Extraction core: pure functions from article text to attributions, speakers and flags."""
