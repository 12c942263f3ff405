"""What supervisors read: the overdue list, the statistics report, registers and notices."""
