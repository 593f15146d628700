"""How a run is carried out fast: the result cache and its keys, worker processes, the garbage collector."""
