"""BagIt 1.0 (RFC 8493): writing bags, and reading bags from directories and tar files."""
