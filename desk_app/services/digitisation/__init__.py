"""Digitisation at the counter: scanned copies, their file store and their signatures."""
