"""Digitisation at the counter (issue 18): the content-addressed file store, each dossier's
digitised documents and result, their reuse, and the digitisation figures of the report."""
