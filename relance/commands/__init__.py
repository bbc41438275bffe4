"""The `relance` subcommands, one module per family, registered in relance.cli."""
