// How many group identifiers are excluded from linking (the Excluded label): none means the native
// projection needs no filter before WCC. Read-only.
MATCH (i:GroupIdentifier:Excluded)
RETURN count(i) AS excluded;
