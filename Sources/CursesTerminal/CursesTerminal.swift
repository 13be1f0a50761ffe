// CursesTerminal: built by its issue.
