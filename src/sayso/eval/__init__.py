"""Evaluation on PolNeAR and speed benchmarks."""
