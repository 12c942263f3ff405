"""The rules dossiers are judged by: the procedure catalogue and the working-day calendar."""
