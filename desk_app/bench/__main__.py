"""`python -m desk_app.bench`: the million-dossier benchmark (see `scale`)."""

from desk_app.bench.scale import main

if __name__ == "__main__":
    raise SystemExit(main())
