"""One dossier and the list of them: the list, the dossier window and its actions, the
register, the rating screen."""
