"""The counter: intake, intake slips, the scanner and the return of results."""
