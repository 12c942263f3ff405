"""Benchmarks (never tests), one module per screen or area.

`python -m desk_app.bench` runs the million-dossier one (`scale`)."""
