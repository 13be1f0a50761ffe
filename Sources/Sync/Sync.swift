// Sync: built by its issue.
