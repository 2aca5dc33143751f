"""The test harness: runs every example on the site's pages (see CONTRIBUTING.md)."""
