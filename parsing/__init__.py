"""PDF bytes → invoice records. Pure: no database, no network, nothing else of Relance."""
