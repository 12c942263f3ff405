"""The demo office: a small sample database and the bulk generator of realistic volumes."""
