// The Graph Data Science library's version; fails when GDS is not installed.
RETURN gds.version() AS version;
