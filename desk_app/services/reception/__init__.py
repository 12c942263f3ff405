"""Receiving a dossier at the counter: intake, slips for incomplete or refused dossiers,
receipts, due dates, bulk import."""
