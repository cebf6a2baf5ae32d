"""One module per tag of the spec; each holds a sync and an async resource."""
