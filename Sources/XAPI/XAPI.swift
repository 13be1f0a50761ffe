// XAPI: built by its issue.
