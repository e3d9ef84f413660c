"""Pure domain rules: no Django imports, testable without a database."""
