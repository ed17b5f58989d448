# Tests of the vast adapter.
