# Tests of the lambda adapter.
