"""Repeatable measurements. Each module runs on its own: `python -m benchmarks.<name>`."""
