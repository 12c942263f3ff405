"""The program's doors to the outside world for notices: an SMTP account, an SMS gateway over
HTTP, Zalo's notification service. Adapters beside the store: they import only the domain and
know nothing of dossiers; services hand them a finished message."""
