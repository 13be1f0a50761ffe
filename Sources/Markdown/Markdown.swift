// Markdown: built by its issue.
