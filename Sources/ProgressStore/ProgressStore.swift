// ProgressStore: built by its issue.
