// App: built by its issue.
